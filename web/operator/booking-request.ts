import type { FieldIssue } from '../shared/api.js';
import { toInstant } from '../shared/time.js';
import type { CitizenView, DoorAddress, ServiceView } from '../shared/types.js';

export type Wheelchair = 'none' | 'manual' | 'electric';
/** How the caller says when: a pickup time, "as soon as possible", or an appointment to reach. */
export type Timing = 'pickup' | 'asap' | 'arrive-by';
export type ReturnMode = 'none' | 'at' | 'after' | 'will-call';

/** A place as the form holds it: a gazetteer id, or a point with a label (a saved address). */
export interface Spot {
  placeId: string | null;
  label: string;
  lat?: number;
  lng?: number;
  address?: DoorAddress | null;
}

/** What the operator has typed; strings as the inputs hold them. */
export interface BookingDraft {
  citizen: CitizenView | undefined;
  serviceId: string;
  pickup: Spot | null;
  dropoff: Spot | null;
  timing: Timing;
  date: string;
  time: string;
  wheelchair: Wheelchair;
  walkingAid: boolean;
  companions: number;
  infants: number;
  notes: string;
  returnMode: ReturnMode;
  returnTime: string;
  returnAfterMinutes: number;
  /** A standing order instead of one ride. */
  repeat: boolean;
  weekdays: number[];
  startsOn: string;
  endsOn: string;
}

/** A clean form for a new caller: nothing of the previous call survives. */
export function emptyDraft(today: string, serviceId = ''): BookingDraft {
  return {
    citizen: undefined,
    serviceId,
    pickup: null,
    dropoff: null,
    timing: 'pickup',
    date: today,
    time: '',
    wheelchair: 'none',
    walkingAid: false,
    companions: 0,
    infants: 0,
    notes: '',
    returnMode: 'none',
    returnTime: '',
    returnAfterMinutes: 60,
    repeat: false,
    weekdays: [],
    startsOn: today,
    endsOn: '',
  };
}

/** The timings a service offers: arrive-by services take an appointment; others a time, or ASAP where allowed. */
export function timingsOf(service: ServiceView | undefined): Timing[] {
  if (!service) return ['pickup'];
  if (service.timing === 'arrive-by') return ['arrive-by'];
  return service.asapAllowed ? ['asap', 'pickup'] : ['pickup'];
}

/** The form fields the API's issues are shown next to. */
export type DraftField =
  | 'citizen'
  | 'serviceId'
  | 'pickup'
  | 'dropoff'
  | 'time'
  | 'wheelchair'
  | 'companions'
  | 'infants'
  | 'notes'
  | 'returnTrip'
  | 'weekdays'
  | 'startsOn'
  | 'endsOn';

const FIELD_OF: Record<string, DraftField> = {
  citizenId: 'citizen',
  serviceId: 'serviceId',
  pickup: 'pickup',
  dropoff: 'dropoff',
  pickupAt: 'time',
  arriveBy: 'time',
  asap: 'time',
  time: 'time',
  wheelchair: 'wheelchair',
  companions: 'companions',
  infants: 'infants',
  notes: 'notes',
  returnTrip: 'returnTrip',
  weekdays: 'weekdays',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
};

/**
 * Sorts a 400's issues (`body.pickup.placeId`) onto the form's fields; the
 * ones that belong to no field are returned apart, to show above the button.
 */
export function issuesByField(issues: FieldIssue[]): {
  fields: Partial<Record<DraftField, string>>;
  other: string[];
} {
  const fields: Partial<Record<DraftField, string>> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const [, name = ''] = issue.field.split('.');
    const field = FIELD_OF[name];
    if (field) fields[field] = fields[field] ? `${fields[field]} ${issue.message}` : issue.message;
    else other.push(`${issue.field}: ${issue.message}`);
  }
  return { fields, other };
}

/** A manual or electric wheelchair from the citizen's record, so the operator need not ask. */
export function wheelchairOf(citizen: CitizenView): Wheelchair {
  if (citizen.mobility === 'manual-wheelchair') return 'manual';
  if (citizen.mobility === 'electric-wheelchair') return 'electric';
  return 'none';
}

/** The first active service the citizen is eligible for today, else the current choice. */
export function serviceFor(
  citizen: CitizenView,
  services: ServiceView[],
  today: string,
  current: string,
): string {
  const eligible = citizen.eligibility.find(
    (e) =>
      e.validFrom <= today &&
      e.validUntil >= today &&
      services.some((s) => s.id === e.serviceId && s.active),
  );
  return eligible?.serviceId ?? current;
}

function location(spot: Spot | null) {
  if (!spot) return undefined;
  const door =
    spot.address && Object.values(spot.address).some((v) => v?.trim()) ? spot.address : undefined;
  const where =
    spot.placeId !== null
      ? { placeId: spot.placeId, label: spot.label }
      : { label: spot.label, lat: spot.lat, lng: spot.lng };
  return { ...where, ...(door ? { address: door } : {}) };
}

function needs(draft: BookingDraft) {
  return {
    wheelchair: draft.wheelchair,
    walkingAid: draft.walkingAid,
    companions: draft.companions,
    infants: draft.infants,
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
  };
}

function returnTrip(draft: BookingDraft, service: ServiceView | undefined) {
  if (!service?.returnTrip || draft.returnMode === 'none') return undefined;
  if (draft.returnMode === 'will-call') return { willCall: true as const };
  if (draft.returnMode === 'after') return { readyAfterMinutes: draft.returnAfterMinutes };
  const at = toInstant(draft.date, draft.returnTime);
  return at ? { pickupAt: at } : undefined;
}

/**
 * The JSON body of `POST /api/bookings`. `at` is the pickup time or the
 * appointment (ignored for ASAP); overrides carry the operator's reason.
 */
export function bookingBody(
  draft: BookingDraft,
  service: ServiceView | undefined,
  at: string | undefined,
  overrides: { eligibility?: string | undefined; overlap?: string | undefined } = {},
) {
  const timing = timingsOf(service).includes(draft.timing) ? draft.timing : timingsOf(service)[0];
  const trip = returnTrip(draft, service);
  return {
    serviceId: draft.serviceId,
    citizenId: draft.citizen?.id,
    pickup: location(draft.pickup),
    dropoff: location(draft.dropoff),
    ...(timing === 'asap'
      ? { asap: true }
      : timing === 'arrive-by'
        ? { arriveBy: at }
        : { pickupAt: at }),
    ...needs(draft),
    ...(trip ? { returnTrip: trip } : {}),
    ...(overrides.eligibility ? { eligibilityOverride: { reason: overrides.eligibility } } : {}),
    ...(overrides.overlap ? { overlapOverride: { reason: overrides.overlap } } : {}),
  };
}

/** The JSON body of `POST /api/standing-orders`: the same ride on chosen weekdays between two dates. */
export function standingOrderBody(draft: BookingDraft, service: ServiceView | undefined) {
  return {
    citizenId: draft.citizen?.id,
    serviceId: draft.serviceId,
    pickup: location(draft.pickup),
    dropoff: location(draft.dropoff),
    weekdays: [...draft.weekdays].sort(),
    time: draft.time,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    ...needs(draft),
    ...(service?.returnTrip && draft.returnMode === 'at' && draft.returnTime
      ? { returnTrip: { pickupTime: draft.returnTime } }
      : service?.returnTrip && draft.returnMode === 'after'
        ? { returnTrip: { readyAfterMinutes: draft.returnAfterMinutes } }
        : {}),
  };
}
