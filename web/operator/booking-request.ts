import type { FieldIssue } from '../shared/api.js';
import type { CitizenView, ServiceView } from '../shared/types.js';

export type Wheelchair = 'none' | 'manual' | 'electric';

/** What the operator has typed; strings as the inputs hold them. */
export interface BookingDraft {
  citizen: CitizenView | undefined;
  serviceId: string;
  pickup: string | null;
  dropoff: string | null;
  date: string;
  time: string;
  wheelchair: Wheelchair;
  companions: number;
  infants: number;
  notes: string;
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
  | 'notes';

const FIELD_OF: Record<string, DraftField> = {
  citizenId: 'citizen',
  serviceId: 'serviceId',
  pickup: 'pickup',
  dropoff: 'dropoff',
  pickupAt: 'time',
  arriveBy: 'time',
  wheelchair: 'wheelchair',
  companions: 'companions',
  infants: 'infants',
  notes: 'notes',
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

/** The JSON body of `POST /api/bookings`. */
export function bookingBody(draft: BookingDraft, service: ServiceView | undefined, at: string) {
  return {
    serviceId: draft.serviceId,
    citizenId: draft.citizen?.id,
    pickup: draft.pickup ? { placeId: draft.pickup } : undefined,
    dropoff: draft.dropoff ? { placeId: draft.dropoff } : undefined,
    ...(service?.timing === 'arrive-by' ? { arriveBy: at } : { pickupAt: at }),
    wheelchair: draft.wheelchair,
    companions: draft.companions,
    infants: draft.infants,
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
  };
}
