import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, notFound } from '../../domain/errors.js';
import { NEARBY_HOSPITALS } from '../../domain/places/izmit-gazetteer.js';
import { foldTurkish } from '../../domain/places/turkish-text.js';
import type { Lang } from '../../http/i18n.js';
import type { Db } from '../../infra/db/database.js';
import type { AutocompleteGeocoder, GeocodeResult } from '../../infra/maps/geocoder.js';
import { judgeServiceArea } from '../../infra/maps/geocoder.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { PlaceView, savedAddressBody } from './places.schema.js';

/** Hospitals outside the district that bookings may still go to. */
export const ALLOWED_OUTSIDE_AREA: ReadonlySet<string> = new Set(NEARBY_HOSPITALS.map((h) => h.id));

interface AddressRow {
  id: string;
  label: string;
  place_id: string | null;
  lat: number;
  lng: number;
}

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
  };
}

/** Address search for staff screens: a citizen's saved addresses, then the geocoder (gazetteer or Google). */
export function createPlacesService(deps: { db: Db; geocoder: AutocompleteGeocoder }) {
  const { db, geocoder } = deps;
  const rule = { allowedPlaceIds: ALLOWED_OUTSIDE_AREA };

  async function savedAddresses(citizenId: string): Promise<AddressRow[]> {
    return db.query<AddressRow>(
      'SELECT id, label, place_id, lat, lng FROM citizen_addresses WHERE citizen_id = $1 ORDER BY created_at',
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
                judgeServiceArea({ ...a, placeId: a.place_id ?? undefined, source: 'saved' }, rule),
                lang,
              ),
            )
        : [];
      const found = await geocoder.search(q, { limit, includeRefused: true });
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
    async listSaved(citizenId: string) {
      return (await savedAddresses(citizenId)).map((a) => ({
        id: a.id,
        label: a.label,
        placeId: a.place_id,
        lat: a.lat,
        lng: a.lng,
      }));
    },
    async save(citizenId: string, input: z.output<typeof savedAddressBody>, actor: AuthUser) {
      const judged = judgeServiceArea({ ...input, source: 'saved' }, rule);
      if (judged.refusal) {
        throw new AppError('VALIDATION_FAILED', {}, [
          { field: 'body', message: 'i18n:service-area' },
        ]);
      }
      const id = randomUUID();
      await db.transaction(async (tx) => {
        const exists = await tx.query('SELECT 1 FROM citizens WHERE id = $1', [citizenId]);
        if (exists.length === 0) throw notFound('citizen');
        await tx.query(
          `INSERT INTO citizen_addresses (id, citizen_id, label, place_id, lat, lng, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, citizenId, input.label, input.placeId ?? null, input.lat, input.lng, actor.id],
        );
        await recordAudit(tx, actor, {
          action: 'citizen.address-add',
          entity: 'citizen',
          entityId: citizenId,
        });
      });
      return {
        id,
        label: input.label,
        placeId: input.placeId ?? null,
        lat: input.lat,
        lng: input.lng,
      };
    },
  };
}

export type PlacesService = ReturnType<typeof createPlacesService>;
