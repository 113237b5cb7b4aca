import { zodToOpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { type ZodType, z } from 'zod';
import {
  alternativeView,
  bookingEventView,
  bookingView,
  createBookingBody,
  explanationItem,
  moveBookingBody,
  returnTripBody,
  sharedRider,
} from '../features/bookings/bookings.schema.js';
import {
  citizenView,
  createCitizenBody,
  doorAddressSchema,
  doorAddressView,
  eligibilityBody,
  locationSchema,
  nationalIdSchema,
  phoneSchema,
} from '../features/citizens/citizens.schema.js';
import {
  breakReport,
  breakView,
  driverReport,
  driverTap,
} from '../features/dispatch/dispatch.schema.js';
import {
  manifestStopView,
  manifestsView,
  manifestView,
} from '../features/dispatch/manifest-view.js';
import {
  createDriverBody,
  createShiftBody,
  createVehicleBody,
  driverView,
  shiftView,
  vehicleView,
} from '../features/fleet/fleet.schema.js';
import { addedHolidayView, holidayView } from '../features/holidays/holidays.schema.js';
import {
  mapSettingsView,
  placeView,
  savedAddressView,
  suggestionView,
} from '../features/places/places.schema.js';
import {
  occurrenceView,
  seriesReturnBody,
  standingOrderView,
} from '../features/standing-orders/standing-orders.schema.js';

/**
 * Where the documents (OpenAPI and AsyncAPI) say what a refine or a
 * transform does and zod cannot express: the accepted input, as JSON Schema.
 * Each is checked against the schema it describes in openapi-names.test.ts.
 */
export const INPUT_RULES = {
  /** What phoneSchema accepts: +90 and ten digits, 0 and ten, or ten, with spaces, dots, dashes or brackets between. */
  phone: String.raw`^[\s().-]*(?:\+[\s().-]*9[\s().-]*0[\s().-]*|0[\s().-]*)?(?:\d[\s().-]*){10}$`,
  /** The form of a national ID; its two check digits are checked beyond the pattern. */
  nationalId: String.raw`^\s*[1-9]\d{10}\s*$`,
  /** A plate as typed: the server trims and upper-cases it first. */
  plate: String.raw`^\s*\d{2}\s?[A-Za-z]{1,3}\s?\d{2,5}\s*$`,
} as const;

/**
 * A choice between properties, which openapi.ts turns into whole branches
 * (each a closed object) so a generated client gets a union type:
 * `oneOf` exactly one of the sets, `anyOf` at least one.
 */
export const CHOICE = 'x-yoldas-choice';
const exactlyOneOf = (...names: string[]) => ({
  [CHOICE]: { oneOf: names.map((name) => [name]) },
});

/**
 * Component names of the schemas a third party meets, and what their refines
 * mean. Built when asked: the feature modules import the route layer, which
 * imports this file, so their schemas are not there yet while it loads.
 */
const names = (): ReadonlyArray<[ZodType, Record<string, unknown>]> => [
  [bookingView, { id: 'Booking' }],
  [bookingEventView, { id: 'BookingEvent' }],
  [alternativeView, { id: 'AlternativeTime' }],
  [explanationItem, { id: 'Explanation' }],
  [sharedRider, { id: 'SharedRider' }],
  [doorAddressView, { id: 'DoorAddress' }],
  [
    createBookingBody,
    {
      id: 'CreateBookingRequest',
      description:
        'Exactly one of `pickupAt`, `asap` (services that allow it) or `arriveBy` (appointment services).',
      ...exactlyOneOf('pickupAt', 'asap', 'arriveBy'),
    },
  ],
  [
    moveBookingBody,
    {
      id: 'MoveBookingRequest',
      description: 'Exactly one of `pickupAt` or `arriveBy`.',
      ...exactlyOneOf('pickupAt', 'arriveBy'),
    },
  ],
  [returnTripBody, { id: 'ReturnTripInput' }],
  [citizenView, { id: 'Citizen' }],
  [createCitizenBody, { id: 'CreateCitizenRequest' }],
  [eligibilityBody, { id: 'EligibilityInput' }],
  [
    locationSchema,
    {
      id: 'PlaceInput',
      description:
        'A gazetteer place by `placeId`, or a point: `lat`, `lng` and a `label`. A place id decides the point when both are given.',
      [CHOICE]: { anyOf: [['placeId'], ['lat', 'lng', 'label']] },
    },
  ],
  [doorAddressSchema, { id: 'DoorAddressInput' }],
  [
    phoneSchema,
    {
      id: 'PhoneNumber',
      description:
        'A Turkish number in any usual writing (`0532 123 45 67`, `+90 532 123 4567`); answered as `+90XXXXXXXXXX`.',
      pattern: INPUT_RULES.phone,
      examples: ['0532 123 45 67'],
    },
  ],
  [
    nationalIdSchema,
    {
      id: 'NationalId',
      description:
        'T.C. Kimlik No: 11 digits, no leading zero; the two last digits are check digits and must agree.',
      pattern: INPUT_RULES.nationalId,
    },
  ],
  [createVehicleBody.shape.plate, { pattern: INPUT_RULES.plate, examples: ['41 AT 101'] }],
  [vehicleView, { id: 'Vehicle' }],
  [createVehicleBody, { id: 'CreateVehicleRequest' }],
  [driverView, { id: 'Driver' }],
  [createDriverBody, { id: 'CreateDriverRequest' }],
  [shiftView, { id: 'Shift' }],
  [createShiftBody, { id: 'CreateShiftRequest' }],
  [driverTap, { id: 'DriverTap' }],
  [driverReport, { id: 'StopReport' }],
  [breakReport, { id: 'BreakReport' }],
  [breakView, { id: 'Break' }],
  [manifestsView, { id: 'DriverManifests' }],
  [manifestView, { id: 'ShiftManifest' }],
  [manifestStopView, { id: 'ManifestStop' }],
  [holidayView, { id: 'Holiday' }],
  [addedHolidayView, { id: 'AddedHoliday' }],
  [placeView, { id: 'Place' }],
  [suggestionView, { id: 'PlaceSuggestion' }],
  [savedAddressView, { id: 'SavedAddress' }],
  [mapSettingsView, { id: 'MapSettings' }],
  [standingOrderView, { id: 'StandingOrder' }],
  [occurrenceView, { id: 'StandingOrderOccurrence' }],
  [seriesReturnBody, { id: 'SeriesReturnInput' }],
];

/**
 * Attaches the names and rules as zod metadata (the global registry that
 * zod-to-openapi and z.toJSONSchema read). The schemas themselves are
 * untouched: what they accept stays their owners' business. Idempotent.
 */
export function nameSchemas(): void {
  for (const [schema, meta] of names()) nameSchema(schema, meta);
}

/** Names one schema (`meta.id`) and adds JSON Schema keywords to what the documents say of it. */
export function nameSchema<T extends ZodType>(schema: T, meta: Record<string, unknown>): T {
  z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), ...meta });
  // zod-to-openapi takes a component name from its own registry only.
  if (typeof meta.id === 'string')
    zodToOpenAPIRegistry.add(schema, { _internal: { refId: meta.id } });
  return schema;
}
