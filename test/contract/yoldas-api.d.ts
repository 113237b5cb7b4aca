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
    /** One booking (drivers: only their own jobs) */
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
    /** Find citizens by part of the name, phone digits or national ID */
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
    post?: never;
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
        role: 'operator' | 'supervisor' | 'driver' | 'admin';
      };
    };
    AuthLogoutRequest: {
      refreshToken: string;
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
        role: 'operator' | 'supervisor' | 'driver' | 'admin';
      };
    };
    Booking: {
      arrivalWindow: {
        earliest: string;
        latest: string;
      } | null;
      arriveBy: string | null;
      asap: boolean;
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
    CreateDriverRequest: {
      fullName: string;
      password: string;
      phone: components['schemas']['PhoneNumber'];
      username: string;
    };
    CreateHolidayRequest: {
      /** Format: date */
      date: string;
      name: string;
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
    DeclineBookingRequest: {
      reason: string;
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
      phone: string;
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
    DriverReportResponse: components['schemas']['Booking'] | components['schemas']['Break'];
    DriverTap: components['schemas']['StopReport'] | components['schemas']['BreakReport'];
    EligibilityInput: {
      basis: string;
      disabilityRate?: number;
      serviceId: string;
      /** Format: date */
      validFrom: string;
      /** Format: date */
      validUntil: string;
    };
    EndStandingOrderRequest: {
      reason: string;
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
      | 'BREAK_NOT_ALLOWED'
      | 'STOP_NOT_ACTIONABLE'
      | 'RATE_LIMITED'
      | 'LOGIN_LOCKED'
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
    Holiday: {
      date: string;
      name: string;
    };
    ListServicesResponse: {
      active: boolean;
      arrivalMarginMinutes: number;
      arrivalWindowMinutes: number;
      asapAllowed: boolean;
      dwellSeconds: number;
      id: string;
      maxCompanions: number;
      maxDaysAhead: number;
      maxRideExtraMinutes: number;
      maxRideFactor: number;
      minNoticeMinutes: number;
      nameEn: string;
      nameTr: string;
      pickupWindowMinutes: number;
      requiredFeatures: string[];
      returnReadyAfterMinutes: number;
      returnTrip: boolean;
      sameDayAllowed: boolean;
      sharedRides: boolean;
      /** @enum {string} */
      timing: 'pickup' | 'arrive-by';
      wheelchairDwellSeconds: number;
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Wrong username or password. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
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
      /** @description Too many failed attempts for this account or from this address: locked for a while (Retry-After says how long). Codes: `RATE_LIMITED`, `LOGIN_LOCKED` */
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
              code?: 'RATE_LIMITED' | 'LOGIN_LOCKED';
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
      /** @description Refresh token unknown, spent or expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, driver, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description The ride has started or ended. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description The ride has started or ended. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not a refused booking. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not a scheduled ride. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not a scheduled ride. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not an open or refused return. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description A citizen with this national ID exists. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: driver. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: driver. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not allowed from the booking’s status, or no break to start or end now. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description The username is taken. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, driver, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Driver or vehicle already works then. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description The series has ended, or someone changed it meanwhile. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: operator, supervisor, admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
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
      /** @description Not logged in, or the access token expired. Codes: `UNAUTHENTICATED`, `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /** @description Allowed roles: admin. Codes: `FORBIDDEN` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {unknown} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description A vehicle with this plate exists. Codes: `INVALID_TRANSITION`, `STANDING_ORDER_ENDED`, `OVERLAPPING_BOOKING`, `CONFLICT`, `BREAK_NOT_ALLOWED`, `STOP_NOT_ACTIONABLE` */
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
}
