/**
 * The Yoldaş API as openapi-typescript reads the served /api/openapi.json.
 * Generated: `npm run contract:types` (the contract test fails when it is stale).
 */

export interface paths {
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the audit log by user, citizen, action (exact, or a prefix ending in a dot) and time range; newest first, paged by cursor */
    get: operations['getAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the audit log as CSV with the search's filters (at most 50000 rows, newest first); the export is itself audited */
    get: operations['getAudit.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/citizen/code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Text a one-time sign-in code to a citizen's (or a named relative's) phone. The answer is the same for an unregistered phone, which gets no message */
    post: operations['authCitizenCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/citizen/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with the code: it is spent, and a session for the citizen role opens (renewed with /auth/refresh) */
    post: operations['authCitizenVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with username and password; returns a short-lived access token and a refresh token */
    post: operations['authLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log out: revoke the refresh token's session, so its access tokens stop working and its sockets are closed */
    post: operations['authLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a one-time code from an administrator */
    post: operations['authPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange a refresh token for a new one in the same session (the old one is spent; presenting a spent one again revokes the whole session) */
    post: operations['authRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bookings of a local date, optionally by service and status */
    get: operations['listBookings'];
    put?: never;
    /** Book a ride. Answers within a few seconds with the planned vehicle and pickup window, or a refusal with feasible alternative times; 202 if planning takes longer */
    post: operations['createBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One booking (drivers: only their own jobs; citizens: only their own rides) */
    get: operations['getBooking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Move a ride to a new pickup time or appointment: planned again, with its return when that follows it */
    patch: operations['updateBooking'];
    trace?: never;
  };
  '/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a booking that has not started (and its return when cancelReturn is true); its driver is told at once */
    post: operations['cancelBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The caller declined the alternatives of a refusal: kept with the reason for the reports */
    post: operations['declineBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every status change of a booking: what, who and when */
    get: operations['listBookingEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The citizen did not come: recorded with its author (and the return cancelled when asked) */
    post: operations['noShowBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a scheduled ride to another vehicle (shift); the engine checks it and answers why when it cannot */
    post: operations['reassignBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give a will-call return its pickup time (or a refused return another): planned at once */
    post: operations['returnBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find citizens by part of the name, or by the whole phone number or national ID */
    get: operations['listCitizens'];
    put?: never;
    /** Register a citizen, optionally with eligibility records */
    post: operations['createCitizen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A citizen with eligibility (the read is recorded in the audit log) */
    get: operations['getCitizen'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A citizen’s saved addresses */
    get: operations['listCitizenAddresses'];
    put?: never;
    /** Save an address for a citizen (refused outside the service area) */
    post: operations['createCitizenAddress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A citizen's upcoming (soonest first) or past (latest first) rides */
    get: operations['listCitizenBookings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an eligibility decision for a service (supervisors and administrators; operators book with an override and a supervisor confirms here) */
    post: operations['createCitizenEligibility'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/eligibility-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A citizen's eligibility requests and their state, newest first (audited) */
    get: operations['listCitizenEligibilityRequests'];
    put?: never;
    /** Ask for an eligibility (service, basis, document, validity wished) for a supervisor to decide; an open request for the same service is updated */
    post: operations['createCitizenEligibilityRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a citizen's personal data on their request (KVKK; administrators): rides and reports keep an anonymous id, everything that tells who they were is removed or anonymised; audited with the reason */
    post: operations['erasureCitizen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A citizen's message preferences: essential messages only, and the language */
    get: operations['getCitizenNotificationPreferences'];
    /** Set a citizen's message preferences for them (an operator on the phone); the change is audited */
    put: operations['updateCitizenNotificationPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The messages sent to a citizen, newest first: text, channel, state, attempts and the last error (the read is audited) */
    get: operations['listCitizenNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/policy-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A citizen's no-shows, late cancels, warnings and self-booking suspensions, with author and reason (citizens: only their own) */
    get: operations['getCitizenPolicyHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/self-booking-suspension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend a citizen's own bookings (on /request) until a time, with a reason; operators still book for them */
    post: operations['createCitizenSelfBookingSuspension'];
    /** Lift a citizen's suspension of self-booking early, with a reason */
    delete: operations['deleteCitizenSelfBookingSuspension'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/citizens/{id}/standing-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A citizen's standing orders, running ones first */
    get: operations['listCitizenStandingOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/day-hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Days with their own service hours (closed, or open from–to) per service, optionally in a range; bookings outside them are refused */
    get: operations['listDayHours'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/day-hours/{date}/{serviceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a day's own hours for a service (administrators): closed, or open from opensAt up to closesAt; standing-order rides booked outside them are cancelled */
    put: operations['updateDayHour'];
    post?: never;
    /** Remove a day's own hours (administrators): the service runs as on any other day, and standing orders book that day again */
    delete: operations['deleteDayHour'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/emergencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The emergency button: every operator on shift is alerted with the vehicle's position until one acknowledges (idempotent by clientEventId) */
    post: operations['createDriverEmergency'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/manifest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The calling driver's shifts of a day (default today) with ordered stops and passenger needs */
    get: operations['getDriverManifest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The calling driver's messages with dispatch; the last 24 hours unless `since` */
    get: operations['listDriverMessages'];
    put?: never;
    /** Send a short message to dispatch (every operator on shift sees it; idempotent by clientMessageId) */
    post: operations['createDriverMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report arrived / picked-up / dropped-off / no-show for one of your jobs, or break-started / break-ended for one of your shifts (idempotent by clientEventId) */
    post: operations['driverReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/drivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All drivers */
    get: operations['listDrivers'];
    put?: never;
    /** Add a driver with a login (administrators) */
    post: operations['createDriver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/drivers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a driver: name, phone, licence class and expiry (administrators) */
    patch: operations['updateDriver'];
    trace?: never;
  };
  '/drivers/{id}/absences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A driver's leave and sickness */
    get: operations['listDriverAbsences'];
    put?: never;
    /** Record leave or sickness (administrators): the driver's shifts on those days are withdrawn and their rides re-planned */
    post: operations['createDriverAbsence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/drivers/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a driver (administrators): the login stops, shifts from now are withdrawn and their rides re-planned */
    post: operations['deactivateDriver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/eligibility/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an eligibility decision with a reason (supervisors and administrators); bookings from now are refused */
    post: operations['revokeEligibility'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/eligibility/expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Eligibility ending within a number of days and not yet renewed (the read is recorded in the audit log) */
    get: operations['listEligibilityExpiring'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/eligibility/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Eligibility requests by state (open ones by default, oldest first), operators' and citizens' own (audited) */
    get: operations['listEligibilityRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/eligibility/requests/{id}/grant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant an open request (supervisors and administrators): the eligibility is created with the validity, basis and document asked for, or those given here */
    post: operations['grantEligibilityRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/eligibility/requests/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse an open request with a reason (supervisors and administrators) */
    post: operations['refuseEligibilityRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/emergencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Drivers' emergencies: every open one, and (unless `open=true`) those of the last 24 hours with who acknowledged them */
    get: operations['listEmergencies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/emergencies/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take an emergency: the first operator to acknowledge it is recorded (who, when) and everyone is told; a later call answers that record */
    post: operations['acknowledgeEmergency'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dispatcher's live map: every vehicle on shift now (optionally of one service) with its last position, trail, stops ahead with estimated arrivals, and whether a pickup will be late */
    get: operations['listFleetLive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/holidays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Holidays (local dates) on which standing orders do not run, optionally in a range */
    get: operations['listHolidays'];
    put?: never;
    /** Declare a holiday (administrators); rides of standing orders booked for that day are cancelled and their drivers told */
    post: operations['createHoliday'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/holidays/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a holiday (administrators); standing orders book that day again where it is still ahead */
    delete: operations['deleteHoliday'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in, and the citizens they may act for */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/citizens/{citizenId}/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The citizen's saved addresses */
    get: operations['listMeCitizenAddresses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/citizens/{citizenId}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply for a service the citizen is not eligible for: recorded for the operators to decide */
    post: operations['createMeCitizenApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/citizens/{citizenId}/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The messages I receive about this citizen’s rides: all, or only the essential ones */
    get: operations['getMeCitizenNotificationPreferences'];
    /** Choose all messages, or only the essential ones (the car on its way and at the door, news of a ride close at hand) */
    put: operations['updateMeCitizenNotificationPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/citizens/{citizenId}/relatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The relatives the citizen named: they may sign in with their phone and act for them */
    get: operations['listMeCitizenRelatives'];
    put?: never;
    /** Name a relative by phone (only the citizen themself, not a relative) */
    post: operations['relativesMeCitizen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/citizens/{citizenId}/relatives/{phone}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a named relative: their access ends at once */
    delete: operations['deleteMeCitizenRelative'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/citizens/{citizenId}/rides': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The citizen's upcoming (soonest first) or past (latest first) rides */
    get: operations['listMeCitizenRides'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/citizens/{citizenId}/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The services, and whether the citizen may book each today or has applied for it */
    get: operations['listMeCitizenServices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/rides/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my rides (the driver by first name, no other riders) */
    get: operations['getMeRide'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/rides/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel one of my rides that has not started (and its return when asked) */
    post: operations['cancelMeRide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/rides/{id}/vehicle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My ride's car while it comes: plate, driver's first name, its position and the ETA at the pickup (planned time when it sends no position) */
    get: operations['getMeRideVehicle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages between dispatch and drivers (one driver's, or all), oldest first; the last 24 hours unless `since` */
    get: operations['listMessages'];
    put?: never;
    /** Send a short message to a driver (shown on their screen at once; idempotent by clientMessageId) */
    post: operations['createMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/places': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find addresses: the citizen’s saved addresses first, then the gazetteer (or Google Geocoding with a key); places outside the service area come flagged with the reason */
    get: operations['listPlaces'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/places/{placeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The point of a suggestion or gazetteer id, flagged when outside the service area */
    get: operations['getPlace'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/places/geocode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Candidates for a typed door address ("Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3"), each with the parsed door address and its precision: building or street (Nominatim), or the neighbourhood’s centre (gazetteer), where the operator confirms the spot or drops a pin */
    get: operations['listPlacesGeocode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/places/map-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The map tile server (MAP_TILE_URL) and starting view for the pages’ maps; not secret, so public */
    get: operations['getPlacesMapSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/places/reverse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What lies at a dropped pin: the nearest neighbourhood or village (gazetteer) or the street and building (Nominatim); the point is kept as given, flagged when outside the service area */
    get: operations['getPlacesReverse'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/places/suggest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Completions while typing an address (gazetteer, or Google Places autocomplete with a key) */
    get: operations['listPlacesSuggest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/push/public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The server's VAPID public key, the page's applicationServerKey when it subscribes */
    get: operations['getPushPublicKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/push/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tell this browser of my rides (and those of the citizens I act for) by Web Push: the browser's PushSubscription. Repeating it is harmless */
    post: operations['createPushSubscription'];
    /** Stop telling this browser (by its endpoint); done also when it was not subscribed */
    delete: operations['deletePushSubscriptions'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rides requested, completed, cancelled (by whom, late or not), no-shows, refused and turned down, citizens served, neighbourhoods and villages reached, first and last ride, per service; with the sentences for the activity report in Turkish and English. Filters: serviceId (or every service); year, year and month, or from and to (local dates, both included). CSV with format=csv or Accept: text/csv. */
    get: operations['getReportsActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/places': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where rides start: requested and completed rides per pickup place (neighbourhood, village or facility) with its point. Filters: serviceId (or every service); year, year and month, or from and to (local dates, both included). CSV with format=csv or Accept: text/csv. */
    get: operations['getReportsPlaces'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/quality': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** On-time pickups, late minutes (mean, 95th percentile), arrivals before appointments, ride time against direct time, shared rides, utilisation, empty kilometres and overtime, per service. Filters: serviceId (or every service); year, year and month, or from and to (local dates, both included). CSV with format=csv or Accept: text/csv. */
    get: operations['getReportsQuality'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/refusals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Why rides were refused, per service and reason, and how often the caller turned the offered times down. Filters: serviceId (or every service); year, year and month, or from and to (local dates, both included). CSV with format=csv or Accept: text/csv. */
    get: operations['getReportsRefusals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/service-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Citizens' applications for a service, oldest first (open ones by default) */
    get: operations['listServiceApplications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/service-applications/{id}/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close an open application as granted or declined (supervisors, administrators) */
    post: operations['decideServiceApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The transport services and their booking rules */
    get: operations['listServices'];
    put?: never;
    /** Add a transport service with all its rules (administrators): no code needed */
    post: operations['createService'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/services/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a service's rules (administrators); they count for bookings made from now, booked rides keep theirs */
    patch: operations['updateService'];
    trace?: never;
  };
  '/services/{id}/message-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A service's message texts per event and language (its own, or the built-in one), and the placeholders they may use */
    get: operations['getServiceMessageTemplates'];
    /** Set a service's message texts (administrators); a `null` body returns to the built-in text. Messages sent from now use them */
    put: operations['updateServiceMessageTemplates'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/shift-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Weekly shift templates (the rosters) */
    get: operations['listShiftTemplates'];
    put?: never;
    /** Add a weekly shift template (administrators); its shifts are generated four weeks ahead, days the driver or vehicle is unavailable skipped */
    post: operations['createShiftTemplate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/shift-templates/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop a template generating shifts (administrators); shifts already made stay */
    post: operations['endShiftTemplate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/shift-templates/{id}/generate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Generate the template’s shifts some weeks ahead (administrators); idempotent */
    post: operations['generateShiftTemplate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/shifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shifts working on a local date (Europe/Istanbul) */
    get: operations['listShifts'];
    put?: never;
    /** Plan a shift: a driver in a vehicle for a time span (administrators) */
    post: operations['createShift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/shifts/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel one shift (administrators): ended now if under way, its rides re-planned, those no car can take refused for the operators */
    post: operations['cancelShift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/standing-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a repeating ride (e.g. dialysis Mon/Wed/Fri 08:00): occurrences inside the booking horizon are booked at once, later ones by the daily run, holidays skipped */
    post: operations['createStandingOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/standing-orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A series with every occurrence: its booking and status, or why it has none */
    get: operations['getStandingOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the time, weekdays, end, needs, places or return; rides still ahead are cancelled and booked again as needed */
    patch: operations['updateStandingOrder'];
    trace?: never;
  };
  '/standing-orders/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the series: rides still ahead are cancelled (drivers told); the series stays for history */
    post: operations['endStandingOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every login with its role, state and last login (administrators) */
    get: operations['listUsers'];
    put?: never;
    /** Add an administrator, supervisor or operator (administrators); answers a one-time code with which the user sets a password */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a login (administrators): it stops at once, its sessions revoked */
    post: operations['deactivateUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/reset-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A one-time code (24 h) for the user to set a new password (administrators); the password is never shown */
    post: operations['createUserResetCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vehicles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All vehicles with their places and features */
    get: operations['listVehicles'];
    put?: never;
    /** Add a vehicle (administrators) */
    post: operations['createVehicle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vehicles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a vehicle: plate, label, places, ramp or lift, depot, services (administrators). Fewer places, a ramp or lift or a service taken away: its planned rides from now are checked, and those that no longer fit re-planned (or refused for the operators); `recheck` says which */
    patch: operations['updateVehicle'];
    trace?: never;
  };
  '/vehicles/{id}/out-of-service': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Periods a vehicle is out of service (maintenance, breakdowns) */
    get: operations['listVehicleOutOfService'];
    put?: never;
    /** Take a vehicle out of service for a period (administrators): its shifts then are withdrawn, their rides re-planned, those no car can take refused for the operators */
    post: operations['createVehicleOutOfService'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vehicles/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a vehicle (administrators): kept with its history, its shifts from now withdrawn and their rides re-planned */
    post: operations['retireVehicle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AddedHoliday: {
      cancelledBookingIds: string[];
      date: string;
      name: string;
    };
    AlternativeTime: {
      plannedDropoffAt: string;
      plannedPickupAt: string;
      requestedAt: string;
    };
    AuthCitizenCodeRequest: {
      phone: components['schemas']['PhoneNumber'];
    };
    AuthCitizenCodeResponse: {
      expiresIn: number;
    };
    AuthCitizenVerifyRequest: {
      code: string;
      phone: components['schemas']['PhoneNumber'];
    };
    AuthCitizenVerifyResponse: {
      accessToken: string;
      expiresIn: number;
      refreshToken: string;
      user: {
        /** Format: uuid */
        driverId: string | null;
        /** Format: uuid */
        id: string;
        name: string;
        /** @enum {string} */
        role: 'operator' | 'supervisor' | 'driver' | 'admin' | 'citizen';
      };
    };
    AuthLoginRequest: {
      password: string;
      username: string;
    };
    AuthLoginResponse: {
      accessToken: string;
      expiresIn: number;
      refreshToken: string;
      user: {
        /** Format: uuid */
        driverId: string | null;
        /** Format: uuid */
        id: string;
        name: string;
        /** @enum {string} */
        role: 'operator' | 'supervisor' | 'driver' | 'admin' | 'citizen';
      };
    };
    AuthLogoutRequest: {
      refreshToken: string;
    };
    AuthPasswordResetRequest: {
      code: string;
      newPassword: string;
      username?: string;
    };
    AuthRefreshRequest: {
      refreshToken: string;
    };
    AuthRefreshResponse: {
      accessToken: string;
      expiresIn: number;
      refreshToken: string;
      user: {
        /** Format: uuid */
        driverId: string | null;
        /** Format: uuid */
        id: string;
        name: string;
        /** @enum {string} */
        role: 'operator' | 'supervisor' | 'driver' | 'admin' | 'citizen';
      };
    };
    Booking: {
      arrivalWindow: {
        earliest: string;
        latest: string;
      } | null;
      arriveBy: string | null;
      asap: boolean;
      cancelledByRole: string | null;
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      createdAt: string;
      createdByName: string;
      dropoff: {
        address: components['schemas']['DoorAddress'];
        label: string;
        lat: number;
        lng: number;
        placeId: string | null;
      };
      eligibilityOverride: boolean;
      explanation: components['schemas']['Explanation'][];
      /** Format: uuid */
      id: string;
      lateCancel: boolean;
      lateCancelFrom: string | null;
      notes: string | null;
      overlapOverride: boolean;
      passengers: {
        companions: number;
        infants: number;
        /** @enum {string} */
        wheelchair: 'none' | 'manual' | 'electric';
      };
      pickup: {
        address: components['schemas']['DoorAddress'];
        label: string;
        lat: number;
        lng: number;
        placeId: string | null;
      };
      pickupAt: string | null;
      pickupWindow: {
        end: string;
        start: string;
      };
      planned: {
        driverName: string;
        dropoffAt: string;
        pickupAt: string;
        /** Format: uuid */
        shiftId: string;
        vehicle: {
          /** Format: uuid */
          id: string;
          label: string;
          plate: string;
        };
      } | null;
      refusal: {
        alternatives: components['schemas']['AlternativeTime'][];
        reason: string;
      } | null;
      /** Format: uuid */
      returnOf: string | null;
      returnTrip: {
        /** Format: uuid */
        id: string;
        pickupAt: string | null;
        pickupWindow: {
          end: string;
          start: string;
        };
        planned: {
          dropoffAt: string;
          pickupAt: string;
          plate: string;
        } | null;
        /** @enum {string} */
        status:
          | 'pending'
          | 'will-call'
          | 'scheduled'
          | 'refused'
          | 'cancelled'
          | 'arrived'
          | 'on-board'
          | 'completed'
          | 'no-show';
        willCall: boolean;
      } | null;
      serviceId: string;
      sharedWith: components['schemas']['SharedRider'][];
      /** Format: uuid */
      standingOrderId: string | null;
      /** @enum {string} */
      status:
        | 'pending'
        | 'will-call'
        | 'scheduled'
        | 'refused'
        | 'cancelled'
        | 'arrived'
        | 'on-board'
        | 'completed'
        | 'no-show';
      updatedAt: string;
      walkingAid: boolean;
    };
    BookingEvent: {
      actorName: string | null;
      actorRole: string;
      at: string;
      details: {
        [key: string]: unknown;
      } | null;
      fromStatus: string | null;
      id: number;
      toStatus: string | null;
      type: string;
    };
    Break: {
      breakEndedAt: string | null;
      breakStartedAt: string | null;
      /** Format: uuid */
      shiftId: string;
    };
    BreakReport: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      action: 'break-started' | 'break-ended';
      /** Format: date-time */
      at?: string;
      clientEventId: string;
      /** Format: uuid */
      shiftId: string;
    };
    CancelBookingRequest: {
      cancelReturn?: boolean;
      reason: string;
    };
    CancelMeRideRequest: {
      cancelReturn?: boolean;
      reason: string;
    };
    CancelShiftRequest: {
      reason: string;
    };
    CancelShiftResponse: {
      withdrawal: {
        kept: string[];
        pending: string[];
        refused: string[];
        replanned: string[];
        shiftsCancelled: number;
        shiftsShortened: number;
      };
    };
    Citizen: {
      birthYear: number | null;
      eligibility: {
        basis: string;
        disabilityRate: number | null;
        /** Format: uuid */
        id: string;
        serviceId: string;
        validFrom: string;
        validUntil: string;
      }[];
      fullName: string;
      home: {
        address: components['schemas']['DoorAddress'];
        label: string;
        lat: number;
        lng: number;
        placeId: string | null;
      } | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      mobility: 'none' | 'walking-aid' | 'manual-wheelchair' | 'electric-wheelchair';
      nationalId: string | null;
      notes: string | null;
      phone: string;
    };
    /** @description Exactly one of `pickupAt`, `asap` (services that allow it) or `arriveBy` (appointment services). */
    CreateBookingRequest:
      | {
          /** Format: uuid */
          citizenId: string;
          /** @default 0 */
          companions?: number;
          dropoff: components['schemas']['PlaceInput'];
          eligibilityOverride?: {
            reason: string;
          };
          /** @default 0 */
          infants?: number;
          notes?: string;
          overlapOverride?: {
            reason: string;
          };
          pickup: components['schemas']['PlaceInput'];
          /** Format: date-time */
          pickupAt: string;
          returnTrip?: components['schemas']['ReturnTripInput'];
          serviceId: string;
          /** @default false */
          walkingAid?: boolean;
          /**
           * @default none
           * @enum {string}
           */
          wheelchair?: 'none' | 'manual' | 'electric';
        }
      | {
          /** @enum {boolean} */
          asap: true;
          /** Format: uuid */
          citizenId: string;
          /** @default 0 */
          companions?: number;
          dropoff: components['schemas']['PlaceInput'];
          eligibilityOverride?: {
            reason: string;
          };
          /** @default 0 */
          infants?: number;
          notes?: string;
          overlapOverride?: {
            reason: string;
          };
          pickup: components['schemas']['PlaceInput'];
          returnTrip?: components['schemas']['ReturnTripInput'];
          serviceId: string;
          /** @default false */
          walkingAid?: boolean;
          /**
           * @default none
           * @enum {string}
           */
          wheelchair?: 'none' | 'manual' | 'electric';
        }
      | {
          /** Format: date-time */
          arriveBy: string;
          /** Format: uuid */
          citizenId: string;
          /** @default 0 */
          companions?: number;
          dropoff: components['schemas']['PlaceInput'];
          eligibilityOverride?: {
            reason: string;
          };
          /** @default 0 */
          infants?: number;
          notes?: string;
          overlapOverride?: {
            reason: string;
          };
          pickup: components['schemas']['PlaceInput'];
          returnTrip?: components['schemas']['ReturnTripInput'];
          serviceId: string;
          /** @default false */
          walkingAid?: boolean;
          /**
           * @default none
           * @enum {string}
           */
          wheelchair?: 'none' | 'manual' | 'electric';
        };
    CreateCitizenAddressRequest: {
      address?: components['schemas']['DoorAddressInput'];
      label: string;
      lat: number;
      lng: number;
      placeId?: string;
    };
    CreateCitizenEligibilityRequestRequest: {
      basis: string;
      disabilityRate?: number;
      documentRef?: string;
      note?: string;
      serviceId: string;
      /** Format: date */
      validFrom: string;
      /** Format: date */
      validUntil: string;
    };
    CreateCitizenEligibilityRequestResponse: {
      basis: string | null;
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      createdAt: string;
      decidedAt: string | null;
      decidedBy: string | null;
      decisionReason: string | null;
      disabilityRate: number | null;
      documentRef: string | null;
      /** Format: uuid */
      eligibilityId: string | null;
      /** Format: uuid */
      id: string;
      note: string | null;
      requestedBy: string;
      requestedByRole: string;
      serviceId: string;
      /** @enum {string} */
      status: 'open' | 'granted' | 'declined';
      validFrom: string | null;
      validUntil: string | null;
    };
    CreateCitizenRequest: {
      birthYear?: number;
      eligibility?: components['schemas']['EligibilityInput'][];
      fullName: string;
      home?: components['schemas']['PlaceInput'];
      /**
       * @default none
       * @enum {string}
       */
      mobility?: 'none' | 'walking-aid' | 'manual-wheelchair' | 'electric-wheelchair';
      nationalId?: components['schemas']['NationalId'];
      notes?: string;
      phone: components['schemas']['PhoneNumber'];
    };
    CreateCitizenSelfBookingSuspensionRequest: {
      reason: string;
      /** Format: date-time */
      until: string | null;
    };
    CreateCitizenSelfBookingSuspensionResponse: {
      createdByName: string;
      endsAt: string;
      /** Format: uuid */
      id: string;
      reason: string;
      startsAt: string;
    };
    CreateDriverAbsenceRequest: {
      /** Format: date */
      endsOn: string;
      /** @enum {string} */
      kind: 'leave' | 'sickness';
      note?: string;
      /** Format: date */
      startsOn: string;
    };
    CreateDriverAbsenceResponse: {
      /** Format: uuid */
      driverId: string;
      endsOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'leave' | 'sickness';
      note: string | null;
      startsOn: string;
      withdrawal: {
        kept: string[];
        pending: string[];
        refused: string[];
        replanned: string[];
        shiftsCancelled: number;
        shiftsShortened: number;
      };
    };
    CreateDriverRequest: {
      fullName: string;
      licenceClass?: string;
      /** Format: date */
      licenceExpiresOn?: string;
      password: string;
      phone: components['schemas']['PhoneNumber'];
      username: string;
    };
    CreateHolidayRequest: {
      /** Format: date */
      date: string;
      name: string;
    };
    CreateMeCitizenApplicationRequest: {
      note?: string;
      serviceId: string;
    };
    CreateMeCitizenApplicationResponse: {
      /** Format: uuid */
      id: string;
      serviceId: string;
      /** @enum {string} */
      status: 'open';
    };
    CreateMessageRequest: {
      body: string;
      clientMessageId: string;
      /** Format: uuid */
      driverId: string;
    };
    CreatePushSubscriptionRequest: {
      /** Format: uri */
      endpoint: string;
      expirationTime?: number | null;
      keys: {
        auth: string;
        p256dh: string;
      };
    };
    CreatePushSubscriptionResponse: {
      createdAt: string;
      endpoint: string;
      /** Format: uuid */
      id: string;
    };
    CreateServiceRequest: {
      active: boolean;
      arrivalMarginMinutes: number;
      arrivalWindowMinutes: number;
      asapAllowed: boolean;
      dwellSeconds: number;
      id: string;
      /** @default 60 */
      lateCancelMinutes?: number;
      /** @default false */
      lateCancelsCount?: boolean;
      maxCompanions: number;
      maxDaysAhead: number;
      maxRideExtraMinutes: number;
      maxRideFactor: number;
      minNoticeMinutes: number;
      nameEn: string;
      nameTr: string;
      /** @default 90 */
      noShowPeriodDays?: number;
      /** @default 5 */
      noShowWaitMinutes?: number;
      /** @default 3 */
      noShowWarnAfter?: number;
      pickupWindowMinutes: number;
      /** @default null */
      quietHours?: string | null;
      requiredFeatures: ('wheelchairAccess' | 'infantSeat')[];
      returnReadyAfterMinutes: number;
      returnTrip: boolean;
      sameDayAllowed: boolean;
      sharedRides: boolean;
      /** @enum {string} */
      timing: 'pickup' | 'arrive-by';
      wheelchairDwellSeconds: number;
    };
    CreateServiceResponse: {
      active: boolean;
      arrivalMarginMinutes: number;
      arrivalWindowMinutes: number;
      asapAllowed: boolean;
      dwellSeconds: number;
      id: string;
      lateCancelMinutes: number;
      lateCancelsCount: boolean;
      maxCompanions: number;
      maxDaysAhead: number;
      maxRideExtraMinutes: number;
      maxRideFactor: number;
      minNoticeMinutes: number;
      nameEn: string;
      nameTr: string;
      noShowPeriodDays: number;
      noShowWaitMinutes: number;
      noShowWarnAfter: number;
      pickupWindowMinutes: number;
      quietHours: string | null;
      requiredFeatures: string[];
      returnReadyAfterMinutes: number;
      returnTrip: boolean;
      sameDayAllowed: boolean;
      sharedRides: boolean;
      /** @enum {string} */
      timing: 'pickup' | 'arrive-by';
      wheelchairDwellSeconds: number;
    };
    CreateShiftRequest: {
      /** Format: date-time */
      breakEarliest?: string;
      /** Format: date-time */
      breakLatest?: string;
      /** @default 0 */
      breakMinutes?: number;
      /** Format: uuid */
      driverId: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: uuid */
      vehicleId: string;
    };
    CreateShiftTemplateRequest: {
      breakEarliest?: string;
      breakLatest?: string;
      /** @default 0 */
      breakMinutes?: number;
      /** Format: uuid */
      driverId: string;
      endTime: string;
      startTime: string;
      /** Format: date */
      validFrom: string;
      /** Format: date */
      validUntil?: string;
      /** Format: uuid */
      vehicleId: string;
      weekdays: number[];
    };
    CreateShiftTemplateResponse: {
      active: boolean;
      breakEarliest: string | null;
      breakLatest: string | null;
      breakMinutes: number;
      /** Format: uuid */
      driverId: string;
      driverName: string;
      endTime: string;
      generation: {
        created: string[];
        skipped: {
          date: string;
          /** @enum {string} */
          reason: 'driver-unavailable' | 'vehicle-unavailable' | 'overlap' | 'exists';
        }[];
      };
      /** Format: uuid */
      id: string;
      startTime: string;
      validFrom: string;
      validUntil: string | null;
      /** Format: uuid */
      vehicleId: string;
      vehiclePlate: string;
      weekdays: number[];
    };
    CreateStandingOrderRequest: {
      /** Format: uuid */
      citizenId: string;
      /** @default 0 */
      companions?: number;
      dropoff: components['schemas']['PlaceInput'];
      eligibilityOverride?: {
        reason: string;
      };
      /** Format: date */
      endsOn: string;
      /** @default 0 */
      infants?: number;
      notes?: string;
      pickup: components['schemas']['PlaceInput'];
      returnTrip?: components['schemas']['SeriesReturnInput'];
      serviceId: string;
      /** Format: date */
      startsOn: string;
      time: string;
      /** @default false */
      walkingAid?: boolean;
      weekdays: number[];
      /**
       * @default none
       * @enum {string}
       */
      wheelchair?: 'none' | 'manual' | 'electric';
    };
    CreateUserRequest: {
      displayName: string;
      /** @enum {string} */
      role: 'admin' | 'supervisor' | 'operator';
      username: string;
    };
    CreateUserResetCodeResponse: {
      code: string;
      expiresAt: string;
    };
    CreateUserResponse: {
      reset: {
        code: string;
        expiresAt: string;
      };
      user: {
        active: boolean;
        displayName: string;
        /** Format: uuid */
        driverId: string | null;
        /** Format: uuid */
        id: string;
        lastLoginAt: string | null;
        /** @enum {string} */
        role: 'admin' | 'supervisor' | 'operator' | 'driver';
        username: string;
      };
    };
    CreateVehicleOutOfServiceRequest: {
      /** Format: date-time */
      endsAt: string;
      reason: string;
      /** Format: date-time */
      startsAt: string;
    };
    CreateVehicleOutOfServiceResponse: {
      endsAt: string;
      /** Format: uuid */
      id: string;
      reason: string;
      startsAt: string;
      /** Format: uuid */
      vehicleId: string;
      withdrawal: {
        kept: string[];
        pending: string[];
        refused: string[];
        replanned: string[];
        shiftsCancelled: number;
        shiftsShortened: number;
      };
    };
    CreateVehicleRequest: {
      depot: components['schemas']['PlaceInput'];
      /** @default false */
      hasLift?: boolean;
      /** @default false */
      hasRamp?: boolean;
      infantSeats: number;
      label: string;
      /** @example 41 AT 101 */
      plate: string;
      seats: number;
      serviceIds?: string[];
      wheelchairPlaces: number;
    };
    DeactivateDriverResponse: {
      driver: components['schemas']['Driver'];
      withdrawal: {
        kept: string[];
        pending: string[];
        refused: string[];
        replanned: string[];
        shiftsCancelled: number;
        shiftsShortened: number;
      };
    };
    DeactivateUserResponse: {
      active: boolean;
      displayName: string;
      /** Format: uuid */
      driverId: string | null;
      /** Format: uuid */
      id: string;
      lastLoginAt: string | null;
      /** @enum {string} */
      role: 'admin' | 'supervisor' | 'operator' | 'driver';
      username: string;
    };
    DecideServiceApplicationRequest: {
      /** @enum {string} */
      status: 'granted' | 'declined';
    };
    DeclineBookingRequest: {
      reason: string;
    };
    DeleteCitizenSelfBookingSuspensionRequest: {
      reason: string;
    };
    DeletePushSubscriptionsRequest: {
      /** Format: uri */
      endpoint: string;
    };
    DoorAddress: {
      buildingNo?: string;
      directions?: string;
      flat?: string;
      floor?: string;
      street?: string;
    } | null;
    DoorAddressInput: {
      buildingNo?: string;
      directions?: string;
      flat?: string;
      floor?: string;
      street?: string;
    };
    Driver: {
      active: boolean;
      fullName: string;
      /** Format: uuid */
      id: string;
      licenceClass: string | null;
      licenceExpiresOn: string | null;
      /** @enum {string|null} */
      licenceWarning: 'expired' | 'expiring' | null;
      phone: string;
      username: string | null;
    };
    DriverManifests: {
      date: string;
      rules: {
        dayToleranceMinutes: number;
        noShowWaitMinutes: number;
      };
      shifts: components['schemas']['ShiftManifest'][];
      version: number;
    };
    DriverMessage: {
      at: string;
      body: string;
      /** Format: uuid */
      driverId: string;
      driverName: string;
      fromDriver: boolean;
      /** Format: uuid */
      id: string;
      plate: string | null;
      senderName: string;
    };
    DriverMessageInput: {
      body: string;
      clientMessageId: string;
    };
    DriverReportResponse: components['schemas']['Booking'] | components['schemas']['Break'];
    DriverTap: components['schemas']['StopReport'] | components['schemas']['BreakReport'];
    EligibilityInput: {
      basis: string;
      disabilityRate?: number;
      documentRef?: string;
      serviceId: string;
      /** Format: date */
      validFrom: string;
      /** Format: date */
      validUntil: string;
    };
    Emergency: {
      acknowledgedAt: string | null;
      acknowledgedByName: string | null;
      at: string;
      /** Format: uuid */
      driverId: string;
      driverName: string;
      /** Format: uuid */
      id: string;
      plate: string | null;
      position: {
        lat: number;
        lng: number;
      } | null;
      /** Format: uuid */
      shiftId: string | null;
      /** Format: uuid */
      vehicleId: string | null;
    };
    EmergencyReport: {
      clientEventId: string;
      lat?: number;
      lng?: number;
    };
    EndShiftTemplateResponse: {
      active: boolean;
      breakEarliest: string | null;
      breakLatest: string | null;
      breakMinutes: number;
      /** Format: uuid */
      driverId: string;
      driverName: string;
      endTime: string;
      /** Format: uuid */
      id: string;
      startTime: string;
      validFrom: string;
      validUntil: string | null;
      /** Format: uuid */
      vehicleId: string;
      vehiclePlate: string;
      weekdays: number[];
    };
    EndStandingOrderRequest: {
      reason: string;
    };
    ErasureCitizenRequest: {
      /** @default false */
      cancelFutureRides?: boolean;
      reason: string;
    };
    ErasureCitizenResponse: {
      alreadyErased: boolean;
      cancelledRides: number;
      /** Format: uuid */
      citizenId: string;
      counts: {
        [key: string]: number;
      };
      endedStandingOrders: number;
      erasedAt: string;
      redis: {
        jobs: number;
        keys: number;
      };
    };
    Error: {
      error: {
        code: components['schemas']['ErrorCode'];
        issues?: {
          /** @description e.g. `body.pickup.lat` */
          field: string;
          message: string;
        }[];
        /** @description In the caller's language (Accept-Language) */
        message: string;
        /** @description The values behind the message, for programs */
        params?: {
          [key: string]: string | number;
        };
        /** @description The X-Request-Id of the answer, to find it in the log */
        requestId?: string;
      };
    };
    /** @enum {string} */
    ErrorCode:
      | 'VALIDATION_FAILED'
      | 'UNAUTHENTICATED'
      | 'INVALID_CREDENTIALS'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'NOT_ELIGIBLE'
      | 'BOOKING_OUTSIDE_HORIZON'
      | 'SERVICE_RULE_VIOLATED'
      | 'IDEMPOTENCY_KEY_REUSED'
      | 'INVALID_TRANSITION'
      | 'STANDING_ORDER_ENDED'
      | 'OVERLAPPING_BOOKING'
      | 'REASSIGN_INFEASIBLE'
      | 'CONFLICT'
      | 'CITIZEN_EXISTS'
      | 'ERASURE_BLOCKED'
      | 'BREAK_NOT_ALLOWED'
      | 'STOP_NOT_ACTIONABLE'
      | 'SELF_BOOKING_SUSPENDED'
      | 'RATE_LIMITED'
      | 'LOGIN_LOCKED'
      | 'OTP_INVALID'
      | 'OTP_LIMITED'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'UNAVAILABLE'
      | 'INTERNAL';
    Explanation: {
      code: string;
      params: {
        [key: string]: string | number | boolean;
      };
    };
    GenerateShiftTemplateRequest: {
      weeks?: number;
    };
    GenerateShiftTemplateResponse: {
      created: string[];
      skipped: {
        date: string;
        /** @enum {string} */
        reason: 'driver-unavailable' | 'vehicle-unavailable' | 'overlap' | 'exists';
      }[];
    };
    GetAuditResponse: {
      entries: {
        action: string;
        /** Format: date-time */
        at: string;
        /** Format: uuid */
        citizenId: string | null;
        details: {
          [key: string]: unknown;
        } | null;
        entity: string;
        entityId: string | null;
        id: number;
        role: string;
        /** Format: uuid */
        userId: string | null;
        username: string | null;
      }[];
      nextCursor: number | null;
    };
    GetCitizenNotificationPreferencesResponse: {
      /** Format: uuid */
      citizenId: string;
      essentialOnly: boolean;
      /** @enum {string} */
      language: 'tr' | 'en';
      updatedAt: string | null;
    };
    GetCitizenPolicyHistoryResponse: {
      callCenterPhone: string;
      events: {
        at: string;
        authorName: string | null;
        authorRole: string;
        /** Format: uuid */
        bookingId: string | null;
        details: {
          [key: string]: unknown;
        };
        id: string;
        /** @enum {string} */
        kind: 'no-show' | 'late-cancel' | 'warning' | 'suspended' | 'lifted';
        pickupWindowStart: string | null;
        reason: string | null;
        serviceId: string | null;
        serviceNameEn: string | null;
        serviceNameTr: string | null;
      }[];
      suspension: {
        createdByName: string;
        endsAt: string;
        /** Format: uuid */
        id: string;
        reason: string;
        startsAt: string;
      } | null;
    };
    GetMeCitizenNotificationPreferencesResponse: {
      /** Format: uuid */
      citizenId: string;
      essentialOnly: boolean;
      /** @enum {string} */
      language: 'tr' | 'en';
      updatedAt: string | null;
    };
    GetMeResponse: {
      citizens: {
        fullName: string;
        home: {
          label: string;
          lat: number;
          lng: number;
          placeId: string | null;
        } | null;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        relation: 'self' | 'relative';
      }[];
      name: string;
      /** Format: uuid */
      userId: string;
    };
    GetMeRideVehicleResponse: {
      driverFirstName: string | null;
      eta: string | null;
      /** @enum {string|null} */
      etaSource: 'gps' | 'plan' | null;
      plate: string | null;
      position: {
        at: string;
        lat: number;
        lng: number;
      } | null;
      /** @enum {string} */
      status:
        | 'pending'
        | 'will-call'
        | 'scheduled'
        | 'refused'
        | 'cancelled'
        | 'arrived'
        | 'on-board'
        | 'completed'
        | 'no-show';
    };
    GetPushPublicKeyResponse: {
      publicKey: string;
    };
    GetReportsActivityResponse: {
      period: {
        /** Format: date */
        from: string;
        /** @enum {string} */
        kind: 'year' | 'month' | 'custom';
        /** Format: date */
        to: string;
      };
      rows: {
        cancelled: number;
        cancelledByCitizen: number;
        cancelledByOperator: number;
        cancelledBySystem: number;
        citizensServed: number;
        completed: number;
        firstRide: string | null;
        lastRide: string | null;
        lateCancels: number;
        neighbourhoods: number;
        noShows: number;
        refused: number;
        requested: number;
        serviceId: string | null;
        turnedDown: number;
        villages: number;
      }[];
      sentences: {
        en: string[];
        tr: string[];
      };
      serviceId: string | null;
      services: {
        id: string;
        nameEn: string;
        nameTr: string;
      }[];
    };
    GetReportsPlacesResponse: {
      period: {
        /** Format: date */
        from: string;
        /** @enum {string} */
        kind: 'year' | 'month' | 'custom';
        /** Format: date */
        to: string;
      };
      rows: {
        completed: number;
        kind: string;
        lat: number;
        lng: number;
        name: string;
        placeId: string | null;
        requested: number;
      }[];
    };
    GetReportsQualityResponse: {
      period: {
        /** Format: date */
        from: string;
        /** @enum {string} */
        kind: 'year' | 'month' | 'custom';
        /** Format: date */
        to: string;
      };
      rows: {
        arriveByRides: number;
        arrivedBeforeAppointment: number;
        completed: number;
        emptyKm: number;
        latePickups: number;
        meanLateMinutes: number | null;
        onTimePickups: number;
        overtimeHours: number;
        overtimeShifts: number;
        p95LateMinutes: number | null;
        passengerHours: number;
        pickups: number;
        rideRatioActual: number;
        rideRatioMean: number | null;
        rideRatioPlanned: number;
        serviceId: string | null;
        shared: number;
        utilisation: number | null;
        vehicleHours: number;
      }[];
    };
    GetReportsRefusalsResponse: {
      period: {
        /** Format: date */
        from: string;
        /** @enum {string} */
        kind: 'year' | 'month' | 'custom';
        /** Format: date */
        to: string;
      };
      rows: {
        reason: string;
        refused: number;
        serviceId: string;
        turnedDown: number;
      }[];
    };
    GetServiceMessageTemplatesResponse: {
      maxLength: number;
      placeholders: (
        | 'window'
        | 'date'
        | 'pickup'
        | 'plate'
        | 'driver'
        | 'eta'
        | 'service'
        | 'alternative'
      )[];
      serviceId: string;
      templates: {
        body: string;
        custom: boolean;
        defaultBody: string;
        /** @enum {string} */
        event:
          | 'confirmed'
          | 'changed'
          | 'cancelled'
          | 'refused'
          | 'remind-day-before'
          | 'remind-soon'
          | 'on-the-way'
          | 'arrived'
          | 'no-show-warning';
        /** @enum {string} */
        language: 'tr' | 'en';
        updatedAt: string | null;
      }[];
    };
    GrantEligibilityRequestRequest: {
      basis?: string;
      disabilityRate?: number;
      documentRef?: string;
      /** Format: date */
      validFrom?: string;
      /** Format: date */
      validUntil?: string;
    };
    GrantEligibilityRequestResponse: {
      basis: string | null;
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      createdAt: string;
      decidedAt: string | null;
      decidedBy: string | null;
      decisionReason: string | null;
      disabilityRate: number | null;
      documentRef: string | null;
      /** Format: uuid */
      eligibilityId: string | null;
      /** Format: uuid */
      id: string;
      note: string | null;
      requestedBy: string;
      requestedByRole: string;
      serviceId: string;
      /** @enum {string} */
      status: 'open' | 'granted' | 'declined';
      validFrom: string | null;
      validUntil: string | null;
    };
    Holiday: {
      date: string;
      name: string;
    };
    ListCitizenEligibilityRequestsResponse: {
      basis: string | null;
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      createdAt: string;
      decidedAt: string | null;
      decidedBy: string | null;
      decisionReason: string | null;
      disabilityRate: number | null;
      documentRef: string | null;
      /** Format: uuid */
      eligibilityId: string | null;
      /** Format: uuid */
      id: string;
      note: string | null;
      requestedBy: string;
      requestedByRole: string;
      serviceId: string;
      /** @enum {string} */
      status: 'open' | 'granted' | 'declined';
      validFrom: string | null;
      validUntil: string | null;
    }[];
    ListCitizenNotificationsResponse: {
      attempts: number;
      /** Format: uuid */
      bookingId: string;
      channel: string;
      /** Format: uuid */
      citizenId: string;
      createdAt: string;
      essential: boolean;
      /** @enum {string} */
      event:
        | 'confirmed'
        | 'changed'
        | 'cancelled'
        | 'refused'
        | 'remind-day-before'
        | 'remind-soon'
        | 'on-the-way'
        | 'arrived'
        | 'no-show-warning';
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'tr' | 'en';
      lastError: string | null;
      nextAttemptAt: string | null;
      providerMessageId: string | null;
      reason: string | null;
      recipient: string | null;
      sentAt: string | null;
      serviceId: string;
      /** @enum {string} */
      state: 'queued' | 'sent' | 'retrying' | 'failed' | 'skipped' | 'deferred';
      /** @enum {string} */
      template: 'default' | 'custom';
      text: string | null;
      updatedAt: string;
    }[];
    ListDayHoursResponse: {
      closed: boolean;
      closesAt: string | null;
      date: string;
      note: string | null;
      opensAt: string | null;
      serviceId: string;
    }[];
    ListDriverAbsencesResponse: {
      /** Format: uuid */
      driverId: string;
      endsOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'leave' | 'sickness';
      note: string | null;
      startsOn: string;
    }[];
    ListEligibilityExpiringResponse: {
      basis: string;
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      disabilityRate: number | null;
      documentRef: string | null;
      grantedAt: string;
      grantedBy: string | null;
      /** Format: uuid */
      id: string;
      revokedAt: string | null;
      revokedBy: string | null;
      revokeReason: string | null;
      serviceId: string;
      validFrom: string;
      validUntil: string;
    }[];
    ListEligibilityRequestsResponse: {
      basis: string | null;
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      createdAt: string;
      decidedAt: string | null;
      decidedBy: string | null;
      decisionReason: string | null;
      disabilityRate: number | null;
      documentRef: string | null;
      /** Format: uuid */
      eligibilityId: string | null;
      /** Format: uuid */
      id: string;
      note: string | null;
      requestedBy: string;
      requestedByRole: string;
      serviceId: string;
      /** @enum {string} */
      status: 'open' | 'granted' | 'declined';
      validFrom: string | null;
      validUntil: string | null;
    }[];
    ListMeCitizenRelativesResponse: {
      name: string;
      phone: string;
      since: string;
    }[];
    ListMeCitizenServicesResponse: {
      applied: boolean;
      asapAllowed: boolean;
      eligible: boolean;
      id: string;
      maxCompanions: number;
      maxDaysAhead: number;
      minNoticeMinutes: number;
      nameEn: string;
      nameTr: string;
      returnTrip: boolean;
      sameDayAllowed: boolean;
      /** @enum {string} */
      timing: 'pickup' | 'arrive-by';
    }[];
    ListServiceApplicationsResponse: {
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      createdAt: string;
      /** Format: uuid */
      id: string;
      note: string | null;
      serviceId: string;
      /** @enum {string} */
      status: 'open' | 'granted' | 'declined';
    }[];
    ListServicesResponse: {
      active: boolean;
      arrivalMarginMinutes: number;
      arrivalWindowMinutes: number;
      asapAllowed: boolean;
      dwellSeconds: number;
      id: string;
      lateCancelMinutes: number;
      lateCancelsCount: boolean;
      maxCompanions: number;
      maxDaysAhead: number;
      maxRideExtraMinutes: number;
      maxRideFactor: number;
      minNoticeMinutes: number;
      nameEn: string;
      nameTr: string;
      noShowPeriodDays: number;
      noShowWaitMinutes: number;
      noShowWarnAfter: number;
      pickupWindowMinutes: number;
      quietHours: string | null;
      requiredFeatures: string[];
      returnReadyAfterMinutes: number;
      returnTrip: boolean;
      sameDayAllowed: boolean;
      sharedRides: boolean;
      /** @enum {string} */
      timing: 'pickup' | 'arrive-by';
      wheelchairDwellSeconds: number;
    }[];
    ListShiftTemplatesResponse: {
      active: boolean;
      breakEarliest: string | null;
      breakLatest: string | null;
      breakMinutes: number;
      /** Format: uuid */
      driverId: string;
      driverName: string;
      endTime: string;
      /** Format: uuid */
      id: string;
      startTime: string;
      validFrom: string;
      validUntil: string | null;
      /** Format: uuid */
      vehicleId: string;
      vehiclePlate: string;
      weekdays: number[];
    }[];
    ListUsersResponse: {
      active: boolean;
      displayName: string;
      /** Format: uuid */
      driverId: string | null;
      /** Format: uuid */
      id: string;
      lastLoginAt: string | null;
      /** @enum {string} */
      role: 'admin' | 'supervisor' | 'operator' | 'driver';
      username: string;
    }[];
    ListVehicleOutOfServiceResponse: {
      endsAt: string;
      /** Format: uuid */
      id: string;
      reason: string;
      startsAt: string;
      /** Format: uuid */
      vehicleId: string;
    }[];
    ManifestStop: {
      address: string;
      /** Format: uuid */
      bookingId: string | null;
      directions: string | null;
      /** @enum {string} */
      kind: 'pickup' | 'dropoff' | 'break';
      label: string;
      lat: number;
      lng: number;
      navigationUrl: string | null;
      noShowFrom: string | null;
      noShowWait: {
        minutes: number;
        windowStart: string;
      } | null;
      passenger: {
        appointmentAt: string | null;
        companions: number;
        infants: number;
        name: string;
        notes: string | null;
        phone: string;
        walkingAid: boolean;
        /** @enum {string} */
        wheelchair: 'none' | 'manual' | 'electric';
      } | null;
      plannedArrival: string;
      plannedAt: string;
      serviceId: string | null;
      /** @enum {string|null} */
      state: 'planned' | 'arrived' | 'done' | 'no-show' | 'skipped' | null;
      /** @enum {string|null} */
      status:
        | 'pending'
        | 'will-call'
        | 'scheduled'
        | 'refused'
        | 'cancelled'
        | 'arrived'
        | 'on-board'
        | 'completed'
        | 'no-show'
        | null;
    };
    MapSettings: {
      attribution: string;
      centre: {
        lat: number;
        lng: number;
      };
      tileUrl: string;
      zoom: number;
    };
    /** @description Exactly one of `pickupAt` or `arriveBy`. */
    MoveBookingRequest:
      | {
          /** Format: date-time */
          pickupAt: string;
        }
      | {
          /** Format: date-time */
          arriveBy: string;
        };
    /** @description T.C. Kimlik No: 11 digits, no leading zero; the two last digits are check digits and must agree. */
    NationalId: string;
    NextStop: {
      /** Format: uuid */
      bookingId: string | null;
      eta: string | null;
      /** @enum {string} */
      kind: 'pickup' | 'dropoff' | 'break';
      label: string;
      lat: number;
      lateMinutes: number;
      lng: number;
      passengerName: string | null;
      plannedAt: string;
      windowEnd: string | null;
    };
    NoShowBookingRequest: {
      cancelReturn?: boolean;
      reason?: string;
    };
    /**
     * @description A Turkish number in any usual writing (`0532 123 45 67`, `+90 532 123 4567`); answered as `+90XXXXXXXXXX`.
     * @example 0532 123 45 67
     */
    PhoneNumber: string;
    Place: {
      address: components['schemas']['DoorAddress'];
      kind: string | null;
      label: string;
      lat: number;
      lng: number;
      placeId: string | null;
      /** @enum {string|null} */
      precision: 'building' | 'street' | 'neighbourhood' | null;
      refusal: {
        code: string;
        message: string;
      } | null;
      source: string;
    };
    /** @description A gazetteer place by `placeId`, or a point: `lat`, `lng` and a `label`. A place id decides the point when both are given. */
    PlaceInput:
      | {
          address?: components['schemas']['DoorAddressInput'];
          label?: string;
          lat?: number;
          lng?: number;
          placeId: string;
        }
      | {
          address?: components['schemas']['DoorAddressInput'];
          label: string;
          lat: number;
          lng: number;
          placeId?: string;
        };
    PlaceSuggestion: {
      label: string;
      mainText: string;
      placeId: string;
      source: string;
    };
    ReassignBookingRequest: {
      reason: string;
      /** Format: uuid */
      shiftId: string;
    };
    RefuseEligibilityRequestRequest: {
      reason: string;
    };
    RefuseEligibilityRequestResponse: {
      basis: string | null;
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      createdAt: string;
      decidedAt: string | null;
      decidedBy: string | null;
      decisionReason: string | null;
      disabilityRate: number | null;
      documentRef: string | null;
      /** Format: uuid */
      eligibilityId: string | null;
      /** Format: uuid */
      id: string;
      note: string | null;
      requestedBy: string;
      requestedByRole: string;
      serviceId: string;
      /** @enum {string} */
      status: 'open' | 'granted' | 'declined';
      validFrom: string | null;
      validUntil: string | null;
    };
    RelativesMeCitizenRequest: {
      name: string;
      phone: components['schemas']['PhoneNumber'];
    };
    RelativesMeCitizenResponse: {
      name: string;
      phone: string;
      since: string;
    }[];
    RetireVehicleResponse: {
      vehicle: components['schemas']['Vehicle'];
      withdrawal: {
        kept: string[];
        pending: string[];
        refused: string[];
        replanned: string[];
        shiftsCancelled: number;
        shiftsShortened: number;
      };
    };
    ReturnBookingRequest: {
      /** Format: date-time */
      pickupAt: string;
    };
    ReturnTripInput:
      | {
          /** Format: date-time */
          pickupAt: string;
        }
      | {
          readyAfterMinutes: number;
        }
      | {
          /** @enum {boolean} */
          willCall: true;
        };
    RevokeEligibilityRequest: {
      reason: string;
    };
    RevokeEligibilityResponse: {
      basis: string;
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      disabilityRate: number | null;
      documentRef: string | null;
      grantedAt: string;
      grantedBy: string | null;
      /** Format: uuid */
      id: string;
      revokedAt: string | null;
      revokedBy: string | null;
      revokeReason: string | null;
      serviceId: string;
      validFrom: string;
      validUntil: string;
    };
    SavedAddress: {
      address: components['schemas']['DoorAddress'];
      /** Format: uuid */
      id: string;
      label: string;
      lat: number;
      lng: number;
      placeId: string | null;
    };
    SeriesReturnInput:
      | {
          pickupTime: string;
        }
      | {
          readyAfterMinutes: number;
        }
      | null;
    SharedRider: {
      /** Format: uuid */
      bookingId: string;
      citizenName: string;
    };
    Shift: {
      breakEarliest: string | null;
      breakLatest: string | null;
      breakMinutes: number;
      /** Format: uuid */
      driverId: string;
      driverName: string;
      endsAt: string;
      /** Format: uuid */
      id: string;
      startsAt: string;
      /** Format: uuid */
      vehicleId: string;
      vehiclePlate: string;
    };
    ShiftManifest: {
      break: {
        earliest: string;
        endedAt: string | null;
        latest: string;
        minutes: number;
        startedAt: string | null;
      } | null;
      endsAt: string;
      /** Format: uuid */
      shiftId: string;
      startsAt: string;
      stops: components['schemas']['ManifestStop'][];
      vehicle: {
        label: string;
        plate: string;
      };
      version: number;
    };
    StandingOrder: {
      /** Format: uuid */
      citizenId: string;
      citizenName: string;
      companions: number;
      createdAt: string;
      createdByName: string;
      dropoff: {
        address?: components['schemas']['DoorAddress'];
        label: string;
        lat: number;
        lng: number;
        placeId: string | null;
      };
      eligibilityOverride: boolean;
      ended: {
        at: string;
        reason: string;
      } | null;
      endsOn: string;
      /** Format: uuid */
      id: string;
      infants: number;
      notes: string | null;
      occurrences: components['schemas']['StandingOrderOccurrence'][];
      pickup: {
        address?: components['schemas']['DoorAddress'];
        label: string;
        lat: number;
        lng: number;
        placeId: string | null;
      };
      returnTrip: components['schemas']['SeriesReturnInput'];
      serviceId: string;
      startsOn: string;
      /** @enum {string} */
      status: 'active' | 'ended';
      time: string;
      updatedAt: string;
      walkingAid: boolean;
      weekdays: number[];
      /** @enum {string} */
      wheelchair: 'none' | 'manual' | 'electric';
    };
    StandingOrderOccurrence: {
      at: string;
      /** Format: uuid */
      bookingId: string | null;
      /** @enum {string|null} */
      bookingStatus:
        | 'pending'
        | 'will-call'
        | 'scheduled'
        | 'refused'
        | 'cancelled'
        | 'arrived'
        | 'on-board'
        | 'completed'
        | 'no-show'
        | null;
      date: string;
      failure: {
        code: string;
        message: string;
        params: {
          [key: string]: string | number;
        };
      } | null;
      holidayName: string | null;
      /** @enum {string} */
      state: 'booked' | 'due' | 'upcoming' | 'skipped' | 'failed' | 'missed';
    };
    StopReport: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      action: 'arrived' | 'picked-up' | 'dropped-off' | 'no-show';
      /** Format: date-time */
      at?: string;
      /** Format: uuid */
      bookingId: string;
      clientEventId: string;
    };
    UpdateCitizenNotificationPreferencesRequest: {
      essentialOnly: boolean;
      /** @enum {string} */
      language?: 'tr' | 'en';
    };
    UpdateCitizenNotificationPreferencesResponse: {
      /** Format: uuid */
      citizenId: string;
      essentialOnly: boolean;
      /** @enum {string} */
      language: 'tr' | 'en';
      updatedAt: string | null;
    };
    UpdateDayHourRequest: {
      closed: boolean;
      closesAt?: string;
      note?: string;
      opensAt?: string;
    };
    UpdateDayHourResponse: {
      cancelledBookingIds: string[];
      closed: boolean;
      closesAt: string | null;
      date: string;
      note: string | null;
      opensAt: string | null;
      serviceId: string;
    };
    UpdateDriverRequest: {
      fullName?: string;
      licenceClass?: string | null;
      /** Format: date */
      licenceExpiresOn?: string | null;
      phone?: components['schemas']['PhoneNumber'];
    };
    UpdateMeCitizenNotificationPreferencesRequest: {
      essentialOnly: boolean;
      /** @enum {string} */
      language?: 'tr' | 'en';
    };
    UpdateMeCitizenNotificationPreferencesResponse: {
      /** Format: uuid */
      citizenId: string;
      essentialOnly: boolean;
      /** @enum {string} */
      language: 'tr' | 'en';
      updatedAt: string | null;
    };
    UpdateServiceMessageTemplatesRequest: {
      templates: {
        body: string | null;
        /** @enum {string} */
        event:
          | 'confirmed'
          | 'changed'
          | 'cancelled'
          | 'refused'
          | 'remind-day-before'
          | 'remind-soon'
          | 'on-the-way'
          | 'arrived'
          | 'no-show-warning';
        /** @enum {string} */
        language: 'tr' | 'en';
      }[];
    };
    UpdateServiceMessageTemplatesResponse: {
      maxLength: number;
      placeholders: (
        | 'window'
        | 'date'
        | 'pickup'
        | 'plate'
        | 'driver'
        | 'eta'
        | 'service'
        | 'alternative'
      )[];
      serviceId: string;
      templates: {
        body: string;
        custom: boolean;
        defaultBody: string;
        /** @enum {string} */
        event:
          | 'confirmed'
          | 'changed'
          | 'cancelled'
          | 'refused'
          | 'remind-day-before'
          | 'remind-soon'
          | 'on-the-way'
          | 'arrived'
          | 'no-show-warning';
        /** @enum {string} */
        language: 'tr' | 'en';
        updatedAt: string | null;
      }[];
    };
    UpdateServiceRequest: {
      active?: boolean;
      arrivalMarginMinutes?: number;
      arrivalWindowMinutes?: number;
      asapAllowed?: boolean;
      dwellSeconds?: number;
      lateCancelMinutes?: number;
      lateCancelsCount?: boolean;
      maxCompanions?: number;
      maxDaysAhead?: number;
      maxRideExtraMinutes?: number;
      maxRideFactor?: number;
      minNoticeMinutes?: number;
      nameEn?: string;
      nameTr?: string;
      noShowPeriodDays?: number;
      noShowWaitMinutes?: number;
      noShowWarnAfter?: number;
      pickupWindowMinutes?: number;
      quietHours?: string | null;
      requiredFeatures?: ('wheelchairAccess' | 'infantSeat')[];
      returnReadyAfterMinutes?: number;
      returnTrip?: boolean;
      sameDayAllowed?: boolean;
      sharedRides?: boolean;
      /** @enum {string} */
      timing?: 'pickup' | 'arrive-by';
      wheelchairDwellSeconds?: number;
    };
    UpdateServiceResponse: {
      active: boolean;
      arrivalMarginMinutes: number;
      arrivalWindowMinutes: number;
      asapAllowed: boolean;
      dwellSeconds: number;
      id: string;
      lateCancelMinutes: number;
      lateCancelsCount: boolean;
      maxCompanions: number;
      maxDaysAhead: number;
      maxRideExtraMinutes: number;
      maxRideFactor: number;
      minNoticeMinutes: number;
      nameEn: string;
      nameTr: string;
      noShowPeriodDays: number;
      noShowWaitMinutes: number;
      noShowWarnAfter: number;
      pickupWindowMinutes: number;
      quietHours: string | null;
      requiredFeatures: string[];
      returnReadyAfterMinutes: number;
      returnTrip: boolean;
      sameDayAllowed: boolean;
      sharedRides: boolean;
      /** @enum {string} */
      timing: 'pickup' | 'arrive-by';
      wheelchairDwellSeconds: number;
    };
    UpdateStandingOrderRequest: {
      companions?: number;
      dropoff?: components['schemas']['PlaceInput'];
      /** Format: date */
      endsOn?: string;
      infants?: number;
      notes?: string | null;
      pickup?: components['schemas']['PlaceInput'];
      returnTrip?: components['schemas']['SeriesReturnInput'];
      time?: string;
      walkingAid?: boolean;
      weekdays?: number[];
      /** @enum {string} */
      wheelchair?: 'none' | 'manual' | 'electric';
    };
    UpdateVehicleRequest: {
      depot?: components['schemas']['PlaceInput'];
      hasLift?: boolean;
      hasRamp?: boolean;
      infantSeats?: number;
      label?: string;
      /** @example 41 AT 101 */
      plate?: string;
      seats?: number;
      serviceIds?: string[];
      wheelchairPlaces?: number;
    };
    UpdateVehicleResponse: {
      active: boolean;
      depot: {
        label: string;
        lat: number;
        lng: number;
      };
      hasLift: boolean;
      hasRamp: boolean;
      /** Format: uuid */
      id: string;
      infantSeats: number;
      label: string;
      plate: string;
      recheck: {
        checked: number;
        pending: string[];
        refused: string[];
        replanned: string[];
      };
      retiredAt: string | null;
      seats: number;
      serviceIds: string[];
      wheelchairPlaces: number;
    };
    Vehicle: {
      active: boolean;
      depot: {
        label: string;
        lat: number;
        lng: number;
      };
      hasLift: boolean;
      hasRamp: boolean;
      /** Format: uuid */
      id: string;
      infantSeats: number;
      label: string;
      plate: string;
      retiredAt: string | null;
      seats: number;
      serviceIds: string[];
      wheelchairPlaces: number;
    };
    VehicleLive: {
      /** Format: uuid */
      driverId: string;
      driverName: string;
      label: string;
      late: boolean;
      nextStops: components['schemas']['NextStop'][];
      plate: string;
      position: {
        at: string;
        lat: number;
        lng: number;
      } | null;
      serviceIds: string[];
      /** Format: uuid */
      shiftId: string;
      trail: {
        at: string;
        lat: number;
        lng: number;
      }[];
      /** Format: uuid */
      vehicleId: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description Where the booking can be read again: `/api/bookings/{id}` */
    Location: string;
    /** @description Seconds to wait before trying again */
    'Retry-After': string;
    /** @description Identifies the request in the log: the caller’s own X-Request-Id when it is 8–64 word characters, else a new uuid */
    'X-Request-Id': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAudit: {
    parameters: {
      query?: {
        action?: string;
        citizenId?: string;
        cursor?: number;
        from?: string;
        limit?: number;
        to?: string;
        userId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetAuditResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  'getAudit.csv': {
    parameters: {
      query?: {
        action?: string;
        citizenId?: string;
        from?: string;
        to?: string;
        userId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  authCitizenCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthCitizenCodeRequest'];
      };
    };
    responses: {
      /** @description Success */
      202: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthCitizenCodeResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Too many codes asked for this phone or from this address, or too many wrong codes from this address (Retry-After says how long). Codes: `RATE_LIMITED`, `LOGIN_LOCKED`, `OTP_LIMITED` */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'RATE_LIMITED' | 'LOGIN_LOCKED' | 'OTP_LIMITED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  authCitizenVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthCitizenVerifyRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthCitizenVerifyResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description The code is wrong, spent or expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Too many codes asked for this phone or from this address, or too many wrong codes from this address (Retry-After says how long). Codes: `RATE_LIMITED`, `LOGIN_LOCKED`, `OTP_LIMITED` */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'RATE_LIMITED' | 'LOGIN_LOCKED' | 'OTP_LIMITED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  authLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthLoginRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthLoginResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Wrong username or password. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Too many failed attempts for this account or from this address: locked for a while (Retry-After says how long). Codes: `RATE_LIMITED`, `LOGIN_LOCKED`, `OTP_LIMITED` */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'RATE_LIMITED' | 'LOGIN_LOCKED' | 'OTP_LIMITED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  authLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthLogoutRequest'];
      };
    };
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  authPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthPasswordResetRequest'];
      };
    };
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description The code is wrong, used or expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  authRefresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthRefreshRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthRefreshResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Refresh token unknown, spent or expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listBookings: {
    parameters: {
      query: {
        date: string;
        serviceId?: string;
        status?:
          | 'pending'
          | 'will-call'
          | 'scheduled'
          | 'refused'
          | 'cancelled'
          | 'arrived'
          | 'on-board'
          | 'completed'
          | 'no-show';
        vehicleId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createBooking: {
    parameters: {
      query?: never;
      header?: {
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBookingRequest'];
      };
    };
    responses: {
      /** @description The Idempotency-Key was seen before: the earlier booking, unchanged */
      200: {
        headers: {
          Location: components['headers']['Location'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Success */
      201: {
        headers: {
          Location: components['headers']['Location'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Accepted and committed; still being planned. Follow the Location header */
      202: {
        headers: {
          Location: components['headers']['Location'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin, citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen or service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Not eligible, outside the booking horizon, a service rule broken, or the Idempotency-Key reused for another request. Codes: `NOT_ELIGIBLE`, `BOOKING_OUTSIDE_HORIZON`, `SERVICE_RULE_VIOLATED`, `IDEMPOTENCY_KEY_REUSED`, `REASSIGN_INFEASIBLE` */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'NOT_ELIGIBLE'
                | 'BOOKING_OUTSIDE_HORIZON'
                | 'SERVICE_RULE_VIOLATED'
                | 'IDEMPOTENCY_KEY_REUSED'
                | 'REASSIGN_INFEASIBLE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, driver, admin, citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such booking (or not yours). Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  updateBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveBookingRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such booking. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The ride has started or ended. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  cancelBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelBookingRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such booking. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The ride has started or ended. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  declineBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclineBookingRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such booking. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Not a refused booking. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listBookingEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingEvent'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such booking. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  noShowBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoShowBookingRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such booking. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Not a scheduled ride. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  reassignBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReassignBookingRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such booking or shift. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Not a scheduled ride. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description The other vehicle cannot take it: the reason. Codes: `NOT_ELIGIBLE`, `BOOKING_OUTSIDE_HORIZON`, `SERVICE_RULE_VIOLATED`, `IDEMPOTENCY_KEY_REUSED`, `REASSIGN_INFEASIBLE` */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'NOT_ELIGIBLE'
                | 'BOOKING_OUTSIDE_HORIZON'
                | 'SERVICE_RULE_VIOLATED'
                | 'IDEMPOTENCY_KEY_REUSED'
                | 'REASSIGN_INFEASIBLE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  returnBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnBookingRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such booking. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Not an open or refused return. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listCitizens: {
    parameters: {
      query: {
        limit?: number;
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Citizen'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createCitizen: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCitizenRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Citizen'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description A citizen with this national ID exists. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getCitizen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Citizen'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listCitizenAddresses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedAddress'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createCitizenAddress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCitizenAddressRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedAddress'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listCitizenBookings: {
    parameters: {
      query?: {
        scope?: 'upcoming' | 'past';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createCitizenEligibility: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EligibilityInput'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Citizen'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen or service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listCitizenEligibilityRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListCitizenEligibilityRequestsResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createCitizenEligibilityRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCitizenEligibilityRequestRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateCitizenEligibilityRequestResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen or service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  erasureCitizen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ErasureCitizenRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureCitizenResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rides or standing orders not yet finished (send cancelFutureRides to cancel them), or a ride under way. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getCitizenNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetCitizenNotificationPreferencesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  updateCitizenNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCitizenNotificationPreferencesRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateCitizenNotificationPreferencesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listCitizenNotifications: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListCitizenNotificationsResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getCitizenPolicyHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetCitizenPolicyHistoryResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin, citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen (or not yours). Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createCitizenSelfBookingSuspension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCitizenSelfBookingSuspensionRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateCitizenSelfBookingSuspensionResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description A suspension already holds: lift it first. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  deleteCitizenSelfBookingSuspension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeleteCitizenSelfBookingSuspensionRequest'];
      };
    };
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or no suspension holds. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listCitizenStandingOrders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingOrder'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listDayHours: {
    parameters: {
      query?: {
        from?: string;
        serviceId?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListDayHoursResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  updateDayHour: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
        serviceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDayHourRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateDayHourResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  deleteDayHour: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
        serviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description The day has no hours of its own for this service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createDriverEmergency: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmergencyReport'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Emergency'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: driver. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getDriverManifest: {
    parameters: {
      query?: {
        date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriverManifests'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: driver. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listDriverMessages: {
    parameters: {
      query?: {
        since?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriverMessage'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: driver. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createDriverMessage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DriverMessageInput'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriverMessage'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: driver. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  driverReport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DriverTap'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriverReportResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: driver. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such booking among your jobs, or no such shift of yours. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Not allowed from the booking’s status, or no break to start or end now. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listDrivers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Driver'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createDriver: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDriverRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Driver'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description The username is taken. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  updateDriver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDriverRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Driver'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such driver. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listDriverAbsences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListDriverAbsencesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such driver. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createDriverAbsence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDriverAbsenceRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateDriverAbsenceResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such driver. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  deactivateDriver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeactivateDriverResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such driver. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  revokeEligibility: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeEligibilityRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevokeEligibilityResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such eligibility. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Revoked already. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listEligibilityExpiring: {
    parameters: {
      query?: {
        serviceId?: string;
        withinDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListEligibilityExpiringResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listEligibilityRequests: {
    parameters: {
      query?: {
        status?: 'open' | 'granted' | 'declined';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListEligibilityRequestsResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  grantEligibilityRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantEligibilityRequestRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GrantEligibilityRequestResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No open request with that id. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  refuseEligibilityRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefuseEligibilityRequestRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RefuseEligibilityRequestResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No open request with that id. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listEmergencies: {
    parameters: {
      query?: {
        open?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Emergency'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  acknowledgeEmergency: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Emergency'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such emergency. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listFleetLive: {
    parameters: {
      query?: {
        serviceId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VehicleLive'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listHolidays: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Holiday'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createHoliday: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateHolidayRequest'];
      };
    };
    responses: {
      /** @description The date was a holiday already: renamed */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddedHoliday'];
        };
      };
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddedHoliday'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  deleteHoliday: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description The date is not a holiday. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetMeResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listMeCitizenAddresses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        citizenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedAddress'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or not one this phone may act for. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createMeCitizenApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        citizenId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMeCitizenApplicationRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateMeCitizenApplicationResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or not one this phone may act for; or no such service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getMeCitizenNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        citizenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetMeCitizenNotificationPreferencesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or not one this phone may act for. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  updateMeCitizenNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        citizenId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeCitizenNotificationPreferencesRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateMeCitizenNotificationPreferencesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or not one this phone may act for. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listMeCitizenRelatives: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        citizenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListMeCitizenRelativesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or not one this phone may act for. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  relativesMeCitizen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        citizenId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RelativesMeCitizenRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RelativesMeCitizenResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description A relative cannot name another. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or not one this phone may act for. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  deleteMeCitizenRelative: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        citizenId: string;
        phone: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description A relative cannot remove another. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or not one this phone may act for; or no such relative. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listMeCitizenRides: {
    parameters: {
      query?: {
        scope?: 'upcoming' | 'past';
      };
      header?: never;
      path: {
        citizenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or not one this phone may act for. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listMeCitizenServices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        citizenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListMeCitizenServicesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen, or not one this phone may act for. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getMeRide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such ride, or not yours. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  cancelMeRide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelMeRideRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such ride, or not yours. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The ride has started or ended. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getMeRideVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetMeRideVehicleResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such ride, or not yours. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listMessages: {
    parameters: {
      query?: {
        driverId?: string;
        since?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriverMessage'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createMessage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMessageRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriverMessage'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such driver. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listPlaces: {
    parameters: {
      query: {
        citizenId?: string;
        limit?: number;
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Place'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getPlace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        placeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Place'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unknown place. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listPlacesGeocode: {
    parameters: {
      query: {
        limit?: number;
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Place'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getPlacesMapSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MapSettings'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getPlacesReverse: {
    parameters: {
      query?: {
        lat?: number | null;
        lng?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Place'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Nothing known near the point. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listPlacesSuggest: {
    parameters: {
      query: {
        limit?: number;
        q: string;
        sessionToken?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceSuggestion'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getPushPublicKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetPushPublicKeyResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createPushSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePushSubscriptionRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatePushSubscriptionResponse'];
        };
      };
      /** @description Not a subscription of a known push service. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  deletePushSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeletePushSubscriptionsRequest'];
      };
    };
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getReportsActivity: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
        from?: string;
        month?: number;
        serviceId?: string;
        to?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetReportsActivityResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin, supervisor. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getReportsPlaces: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
        from?: string;
        month?: number;
        serviceId?: string;
        to?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetReportsPlacesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin, supervisor. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getReportsQuality: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
        from?: string;
        month?: number;
        serviceId?: string;
        to?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetReportsQualityResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin, supervisor. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getReportsRefusals: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
        from?: string;
        month?: number;
        serviceId?: string;
        to?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetReportsRefusalsResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin, supervisor. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listServiceApplications: {
    parameters: {
      query?: {
        status?: 'open' | 'granted' | 'declined';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListServiceApplicationsResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  decideServiceApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideServiceApplicationRequest'];
      };
    };
    responses: {
      /** @description Done; no body */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No open application with that id. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listServices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListServicesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, driver, admin, citizen. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createService: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateServiceRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateServiceResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description A service with this id exists. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  updateService: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServiceRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateServiceResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getServiceMessageTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetServiceMessageTemplatesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  updateServiceMessageTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServiceMessageTemplatesRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateServiceMessageTemplatesResponse'];
        };
      };
      /** @description A text uses a placeholder that does not exist. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listShiftTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListShiftTemplatesResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createShiftTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShiftTemplateRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateShiftTemplateResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such driver or vehicle. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The vehicle is retired. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  endShiftTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EndShiftTemplateResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such template. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  generateShiftTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GenerateShiftTemplateRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GenerateShiftTemplateResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such template. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listShifts: {
    parameters: {
      query: {
        date: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shift'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createShift: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShiftRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shift'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such driver or vehicle. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Driver or vehicle already works then, is out of service, absent or retired. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  cancelShift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelShiftRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CancelShiftResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such shift. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The shift is over. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createStandingOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateStandingOrderRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingOrder'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such citizen or service. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description A rule of the service is broken (inactive, companions, no returns). Codes: `NOT_ELIGIBLE`, `BOOKING_OUTSIDE_HORIZON`, `SERVICE_RULE_VIOLATED`, `IDEMPOTENCY_KEY_REUSED`, `REASSIGN_INFEASIBLE` */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'NOT_ELIGIBLE'
                | 'BOOKING_OUTSIDE_HORIZON'
                | 'SERVICE_RULE_VIOLATED'
                | 'IDEMPOTENCY_KEY_REUSED'
                | 'REASSIGN_INFEASIBLE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  getStandingOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingOrder'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such standing order. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  updateStandingOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateStandingOrderRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingOrder'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such standing order. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The series has ended, or someone changed it meanwhile. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  endStandingOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndStandingOrderRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingOrder'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such standing order. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListUsersResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateUserResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description The username is taken. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  deactivateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeactivateUserResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such user. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description You cannot deactivate yourself. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createUserResetCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateUserResetCodeResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such user. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listVehicles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Vehicle'][];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVehicleRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Vehicle'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description A vehicle with this plate exists. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  updateVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVehicleRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateVehicleResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such vehicle. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description A vehicle with this plate exists. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `CITIZEN_EXISTS`, `ERASURE_BLOCKED`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?:
                | 'INVALID_TRANSITION'
                | 'STANDING_ORDER_ENDED'
                | 'OVERLAPPING_BOOKING'
                | 'CONFLICT'
                | 'CITIZEN_EXISTS'
                | 'ERASURE_BLOCKED'
                | 'BREAK_NOT_ALLOWED'
                | 'STOP_NOT_ACTIONABLE';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  listVehicleOutOfService: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListVehicleOutOfServiceResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such vehicle. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  createVehicleOutOfService: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVehicleOutOfServiceRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateVehicleOutOfServiceResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such vehicle. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Body too large. Codes: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description Unsupported body encoding. Codes: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
  retireVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetireVehicleResponse'];
        };
      };
      /** @description Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason. Codes: `VALIDATION_FAILED` */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`, `OTP_INVALID` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'OTP_INVALID';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN`, `SELF_BOOKING_SUSPENDED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN' | 'SELF_BOOKING_SUSPENDED';
            };
          };
        };
      };
      /** @description No such vehicle. Codes: `NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Unexpected fault: the log has it under `error.requestId`. Codes: `INTERNAL` */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'INTERNAL';
            };
          };
        };
      };
    };
  };
}
