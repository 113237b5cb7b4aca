import { z } from 'zod';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import { STAFF } from '../auth/auth-user.js';
import {
  mapSettingsView,
  placeGeocodeQuery,
  placeIdParams,
  placeReverseQuery,
  placeSearchQuery,
  placeSuggestQuery,
  placeView,
  savedAddressBody,
  savedAddressView,
  suggestionView,
} from './places.schema.js';
import type { PlacesService } from './places.service.js';

export function placesRoutes(places: PlacesService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/places',
      tag: 'places',
      summary:
        'Find addresses: the citizen’s saved addresses first, then the gazetteer (or Google Geocoding with a key); places outside the service area come flagged with the reason',
      roles: STAFF,
      query: placeSearchQuery,
      response: z.array(placeView),
      handler: async ({ query, lang }) => ({
        body: await places.search(query.q, query.limit, lang, query.citizenId),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/places/suggest',
      tag: 'places',
      summary:
        'Completions while typing an address (gazetteer, or Google Places autocomplete with a key)',
      roles: STAFF,
      query: placeSuggestQuery,
      response: z.array(suggestionView),
      handler: async ({ query }) => ({
        body: await places.suggest(query.q, query.limit, query.sessionToken),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/places/geocode',
      tag: 'places',
      summary:
        'Candidates for a typed door address ("Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3"), each with the parsed door address and its precision: building or street (Nominatim), or the neighbourhood’s centre (gazetteer), where the operator confirms the spot or drops a pin',
      roles: STAFF,
      query: placeGeocodeQuery,
      response: z.array(placeView),
      handler: async ({ query, lang }) => ({
        body: await places.geocode(query.q, query.limit, lang),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/places/reverse',
      tag: 'places',
      summary:
        'What lies at a dropped pin: the nearest neighbourhood or village (gazetteer) or the street and building (Nominatim); the point is kept as given, flagged when outside the service area',
      roles: STAFF,
      query: placeReverseQuery,
      response: placeView,
      otherResponses: { 404: 'Nothing known near the point' },
      handler: async ({ query, lang }) => ({
        body: await places.reverse(query.lat, query.lng, lang),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/places/map-settings',
      tag: 'places',
      summary:
        'The map tile server (MAP_TILE_URL) and starting view for the pages’ maps; not secret, so public',
      roles: 'public',
      response: mapSettingsView,
      handler: async () => ({ body: places.mapSettings() }),
    }),
    defineRoute({
      method: 'get',
      path: '/places/:placeId',
      tag: 'places',
      summary: 'The point of a suggestion or gazetteer id, flagged when outside the service area',
      roles: STAFF,
      params: placeIdParams,
      response: placeView,
      otherResponses: { 404: 'Unknown place' },
      handler: async ({ params, lang }) => ({ body: await places.resolve(params.placeId, lang) }),
    }),
    defineRoute({
      method: 'get',
      path: '/citizens/:id/addresses',
      tag: 'citizens',
      summary: 'A citizen’s saved addresses',
      roles: STAFF,
      params: idParams,
      response: z.array(savedAddressView),
      otherResponses: { 404: 'No such citizen' },
      handler: async ({ params }) => ({ body: await places.listSaved(params.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/citizens/:id/addresses',
      tag: 'citizens',
      summary: 'Save an address for a citizen (refused outside the service area)',
      roles: STAFF,
      params: idParams,
      body: savedAddressBody,
      response: savedAddressView,
      successStatus: 201,
      otherResponses: { 404: 'No such citizen' },
      handler: async ({ params, body, user }) => ({
        status: 201,
        body: await places.save(params.id, body, user),
      }),
    }),
  ];
}
