import { z } from 'zod';

export const placeSearchQuery = z.object({
  q: z.string().trim().min(2).max(200),
  limit: z.coerce.number().int().min(1).max(20).default(8),
  /** Also match this citizen's saved addresses (listed first). */
  citizenId: z.uuid().optional(),
});

export const placeSuggestQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(20).default(8),
  /** Groups one user's keystrokes into one Google billing session. */
  sessionToken: z.string().min(8).max(100).optional(),
});

export const placeIdParams = z.object({ placeId: z.string().min(1).max(300) });

export const placeView = z.object({
  label: z.string(),
  lat: z.number(),
  lng: z.number(),
  placeId: z.string().nullable(),
  /** `gazetteer`, `google` or `saved` (a citizen's address). */
  source: z.string(),
  kind: z.string().nullable(),
  /** Set when the place is outside the service area: it cannot be booked. */
  refusal: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type PlaceView = z.infer<typeof placeView>;

export const suggestionView = z.object({
  label: z.string(),
  placeId: z.string(),
  mainText: z.string(),
  source: z.string(),
});

export const savedAddressBody = z.object({
  label: z.string().trim().min(1).max(200),
  placeId: z.string().min(1).max(300).optional(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

export const savedAddressView = z.object({
  id: z.uuid(),
  label: z.string(),
  placeId: z.string().nullable(),
  lat: z.number(),
  lng: z.number(),
});
