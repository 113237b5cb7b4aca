import { z } from 'zod';
import { isValidNationalId } from '../../domain/national-id.js';
import { compactDoorAddress, type DoorAddress } from '../../domain/places/door-address.js';
import { findPlace } from '../../domain/places/izmit-gazetteer.js';

/** Turkish numbers in any usual writing (0532 123 45 67, +90 532…) normalised to +90XXXXXXXXXX. */
export const phoneSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s().-]/g, ''))
  .transform((digits) => {
    if (/^\+90\d{10}$/.test(digits)) return digits;
    if (/^0\d{10}$/.test(digits)) return `+90${digits.slice(1)}`;
    if (/^\d{10}$/.test(digits)) return `+90${digits}`;
    return '';
  })
  .refine((value) => value !== '', { message: 'i18n:phone' });

export const nationalIdSchema = z
  .string()
  .trim()
  .refine(isValidNationalId, { message: 'i18n:national-id' });

// A door-address part: trimmed, at most `max` characters; blank means absent.
const addressPart = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `i18n:address-${max}` })
    .optional();

/** The door beyond the point (see DoorAddress): every part optional, blank parts dropped. */
export const doorAddressSchema = z
  .object({
    street: addressPart(120),
    buildingNo: addressPart(20),
    floor: addressPart(20),
    flat: addressPart(20),
    directions: addressPart(500),
  })
  .strict();

/** A stored door address as the API shows it (parts absent when blank). */
export const doorAddressView = z.object({
  street: z.string().optional(),
  buildingNo: z.string().optional(),
  floor: z.string().optional(),
  flat: z.string().optional(),
  directions: z.string().optional(),
});

/**
 * A place from the gazetteer by id, or a point with a label (e.g. a street
 * address), and optionally the door address there. A place id decides the
 * point when given; otherwise lat/lng and the label do.
 */
export const locationSchema = z
  .object({
    placeId: z.string().min(1).max(100).optional(),
    label: z.string().trim().min(1).max(200).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    address: doorAddressSchema.optional(),
  })
  .refine(
    (l) => l.placeId !== undefined || (l.lat !== undefined && l.lng !== undefined && l.label),
    {
      message: 'i18n:place-or-point',
    },
  )
  .refine((l) => l.placeId === undefined || findPlace(l.placeId) !== undefined, {
    message: 'i18n:unknown-place',
    path: ['placeId'],
  })
  .transform(
    (
      l,
    ): {
      placeId: string | null;
      label: string;
      lat: number;
      lng: number;
      address: DoorAddress | null;
    } => {
      const place = l.placeId ? findPlace(l.placeId) : undefined;
      return {
        placeId: place?.id ?? null,
        label: l.label ?? place?.name ?? '',
        lat: place?.lat ?? l.lat ?? 0,
        lng: place?.lng ?? l.lng ?? 0,
        address: compactDoorAddress(l.address),
      };
    },
  );
export type ResolvedLocation = z.output<typeof locationSchema>;

export const MOBILITY = [
  'none',
  'walking-aid',
  'manual-wheelchair',
  'electric-wheelchair',
] as const;

const isoDate = z.iso.date();

export const eligibilityBody = z
  .object({
    serviceId: z.string().min(1).max(50),
    validFrom: isoDate,
    validUntil: isoDate,
    basis: z.string().trim().min(1).max(200),
    disabilityRate: z.number().int().min(0).max(100).optional(),
    /** The decision's document: a social inspection report, a disability record, a discharge note. */
    documentRef: z.string().trim().min(1).max(100).optional(),
  })
  .refine((e) => e.validUntil >= e.validFrom, { message: 'i18n:date-order', path: ['validUntil'] });

export const createCitizenBody = z.object({
  fullName: z.string().trim().min(2).max(120),
  phone: phoneSchema,
  nationalId: nationalIdSchema.optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  mobility: z.enum(MOBILITY).default('none'),
  home: locationSchema.optional(),
  notes: z.string().trim().max(500).optional(),
  eligibility: z.array(eligibilityBody).max(10).optional(),
});
export type CreateCitizenInput = z.output<typeof createCitizenBody>;

export const searchCitizensQuery = z.object({
  q: z.string().trim().min(2).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

const eligibilityView = z.object({
  id: z.uuid(),
  serviceId: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  basis: z.string(),
  disabilityRate: z.number().nullable(),
});

export const citizenView = z.object({
  id: z.uuid(),
  fullName: z.string(),
  phone: z.string(),
  /** Masked (last two digits) unless the caller is an administrator. */
  nationalId: z.string().nullable(),
  birthYear: z.number().nullable(),
  mobility: z.enum(MOBILITY),
  home: z
    .object({
      placeId: z.string().nullable(),
      label: z.string(),
      lat: z.number(),
      lng: z.number(),
      /** The door (street, building, floor, flat, directions); null when only the point is known. */
      address: doorAddressView.nullable(),
    })
    .nullable(),
  notes: z.string().nullable(),
  eligibility: z.array(eligibilityView),
});
export type CitizenView = z.infer<typeof citizenView>;
