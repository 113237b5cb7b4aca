import { z } from 'zod';
import { doorAddressSchema, doorAddressView } from '../citizens/citizens.schema.js';

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

export const placeGeocodeQuery = z.object({
  /** A typed door address: `Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3`. */
  q: z.string().trim().min(3).max(300),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});

export const placeReverseQuery = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
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
  /** The door address found or parsed (street, building, floor, flat), else null. */
  address: doorAddressView.nullable(),
  /**
   * On address candidates and reverse lookups: `building`, `street`, or
   * `neighbourhood` (the area's centre: confirm the spot or drop a pin). Null on plain place results.
   */
  precision: z.enum(['building', 'street', 'neighbourhood']).nullable(),
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
  /** Street, building, floor, flat and directions at the point. */
  address: doorAddressSchema.optional(),
});

export const savedAddressView = z.object({
  id: z.uuid(),
  label: z.string(),
  placeId: z.string().nullable(),
  lat: z.number(),
  lng: z.number(),
  address: doorAddressView.nullable(),
});

/** What the pages' maps need: the tile server and where to start. */
export const mapSettingsView = z.object({
  /** Leaflet URL template, from `MAP_TILE_URL`. */
  tileUrl: z.string(),
  attribution: z.string(),
  centre: z.object({ lat: z.number(), lng: z.number() }),
  zoom: z.number(),
});
export type MapSettingsView = z.infer<typeof mapSettingsView>;
