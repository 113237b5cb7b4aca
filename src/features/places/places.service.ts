import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, notFound } from '../../domain/errors.js';
import { compactDoorAddress, type DoorAddress } from '../../domain/places/door-address.js';
import { ALLOWED_OUTSIDE_AREA } from '../../domain/places/service-area.js';
import { foldTurkish } from '../../domain/places/turkish-text.js';
import type { Lang } from '../../http/i18n.js';
import type { Db } from '../../infra/db/database.js';
import type {
  AddressGeocoder,
  AutocompleteGeocoder,
  GeocodeResult,
} from '../../infra/maps/geocoder.js';
import { judgeServiceArea } from '../../infra/maps/geocoder.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { MapSettingsView, PlaceView, savedAddressBody } from './places.schema.js';

interface AddressRow {
  id: string;
  label: string;
  place_id: string | null;
  lat: number;
  lng: number;
  address: DoorAddress | null;
}

/** OpenStreetMap's tile server: the default of `MAP_TILE_URL`. */
export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

function toView(r: GeocodeResult, lang: Lang): PlaceView {
  return {
    label: r.label,
    lat: r.lat,
    lng: r.lng,
    placeId: r.placeId ?? null,
    source: r.source,
    kind: r.kind ?? null,
    refusal: r.refusal
      ? { code: r.refusal.code, message: lang === 'tr' ? r.refusal.message : r.refusal.messageEn }
      : null,
    address: r.address ?? null,
    precision: r.precision ?? null,
  };
}

const savedView = (a: AddressRow) => ({
  id: a.id,
  label: a.label,
  placeId: a.place_id,
  lat: a.lat,
  lng: a.lng,
  address: a.address,
});

/** What the places service needs; built by the composition root. */
export interface PlacesServiceDeps {
  db: Db;
  geocoder: AutocompleteGeocoder & AddressGeocoder;
  /** Tile URL template for the pages' maps (`MAP_TILE_URL`); OpenStreetMap's by default. */
  mapTileUrl?: string | undefined;
}

/**
 * Address search for staff screens: a citizen's saved addresses, then the
 * geocoder (gazetteer or Google), then, for a typed door address nothing
 * else knows, the address geocoder (Nominatim or the gazetteer's
 * neighbourhood); reverse lookup for a dropped pin; the maps' settings.
 */
export function createPlacesService(deps: PlacesServiceDeps) {
  const { db, geocoder } = deps;
  const rule = { allowedPlaceIds: ALLOWED_OUTSIDE_AREA };

  async function savedAddresses(citizenId: string): Promise<AddressRow[]> {
    return db.query<AddressRow>(
      'SELECT id, label, place_id, lat, lng, address FROM citizen_addresses WHERE citizen_id = $1 ORDER BY created_at',
      [citizenId],
    );
  }

  return {
    async search(q: string, limit: number, lang: Lang, citizenId?: string): Promise<PlaceView[]> {
      const saved = citizenId
        ? (await savedAddresses(citizenId))
            .filter((a) => foldTurkish(a.label).includes(foldTurkish(q)))
            .map((a) =>
              toView(
                judgeServiceArea(
                  {
                    label: a.label,
                    lat: a.lat,
                    lng: a.lng,
                    source: 'saved',
                    ...(a.place_id ? { placeId: a.place_id } : {}),
                    ...(a.address ? { address: a.address } : {}),
                  },
                  rule,
                ),
                lang,
              ),
            )
        : [];
      let found = await geocoder.search(q, { limit, includeRefused: true });
      // "Kadıköy Mah. Cumhuriyet Cad. No: 12" is no place name: take it as a door address.
      if (found.length === 0)
        found = await geocoder.geocodeAddress(q, { limit, includeRefused: true });
      return [...saved, ...found.map((r) => toView(judgeServiceArea(r, rule), lang))].slice(
        0,
        limit,
      );
    },
    suggest: (q: string, limit: number, sessionToken?: string) =>
      geocoder.suggest(q, { limit, ...(sessionToken ? { sessionToken } : {}) }),
    async resolve(placeId: string, lang: Lang): Promise<PlaceView> {
      const result = await geocoder.resolve(placeId);
      if (!result) throw notFound('place');
      return toView(judgeServiceArea(result, rule), lang);
    },
    /** Candidates for a typed door address, refused ones flagged. */
    async geocode(q: string, limit: number, lang: Lang): Promise<PlaceView[]> {
      const found = await geocoder.geocodeAddress(q, { limit, includeRefused: true });
      return found.map((r) => toView(judgeServiceArea(r, rule), lang));
    },
    /** What lies at a dropped pin; the point is kept as given. */
    async reverse(lat: number, lng: number, lang: Lang): Promise<PlaceView> {
      const result = await geocoder.reverse({ lat, lng });
      if (!result) throw notFound('place');
      return toView(judgeServiceArea(result, rule), lang);
    },
    mapSettings(): MapSettingsView {
      return {
        tileUrl: deps.mapTileUrl ?? OSM_TILE_URL,
        attribution: '© OpenStreetMap contributors',
        // İzmit's centre, at a zoom that shows the central neighbourhoods.
        centre: { lat: 40.7665, lng: 29.9405 },
        zoom: 14,
      };
    },
    async listSaved(citizenId: string) {
      const exists = await db.query('SELECT 1 FROM citizens WHERE id = $1', [citizenId]);
      if (exists.length === 0) throw notFound('citizen');
      return (await savedAddresses(citizenId)).map(savedView);
    },
    async save(citizenId: string, input: z.output<typeof savedAddressBody>, actor: AuthUser) {
      const judged = judgeServiceArea({ ...input, source: 'saved' }, rule);
      if (judged.refusal) {
        throw new AppError('VALIDATION_FAILED', {}, [
          { field: 'body', message: 'i18n:service-area' },
        ]);
      }
      const id = randomUUID();
      const address = compactDoorAddress(input.address);
      await db.transaction(async (tx) => {
        const exists = await tx.query('SELECT 1 FROM citizens WHERE id = $1', [citizenId]);
        if (exists.length === 0) throw notFound('citizen');
        await tx.query(
          `INSERT INTO citizen_addresses (id, citizen_id, label, place_id, lat, lng, address, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            id,
            citizenId,
            input.label,
            input.placeId ?? null,
            input.lat,
            input.lng,
            address ? JSON.stringify(address) : null,
            actor.id,
          ],
        );
        await recordAudit(tx, actor, {
          action: 'citizen.address-add',
          entity: 'citizen',
          entityId: citizenId,
        });
      });
      return savedView({
        id,
        label: input.label,
        place_id: input.placeId ?? null,
        lat: input.lat,
        lng: input.lng,
        address,
      });
    },
  };
}

export type PlacesService = ReturnType<typeof createPlacesService>;
