import { getRefId, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { type ZodType, z } from 'zod';
import { bookingView } from '../features/bookings/bookings.schema.js';
import {
  breakView,
  driverTap,
  fleetAlert,
  manifestAck,
  manifestQuery,
} from '../features/dispatch/dispatch.schema.js';
import { manifestsView } from '../features/dispatch/manifest.js';
import {
  driverMessageInput,
  emergencyReport,
  emergencyView,
  messageView,
} from '../features/messages/messages.schema.js';
import {
  positionAccepted,
  positionReport,
  vehicleLiveView,
} from '../features/positions/positions.schema.js';
import { errorBodySchema } from '../http/openapi.js';
import { nameSchema, nameSchemas } from '../http/openapi-names.js';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from './events.js';

/**
 * The Socket.IO contract of events.ts as an AsyncAPI 3.0 document, made from
 * the same zod schemas as the HTTP API. The tables below are checked against
 * events.ts by the compiler: an event added there and not here, or a payload
 * whose type differs, does not build.
 */

type Payload<F> = F extends (payload: infer P, ...rest: never[]) => void ? P : never;
type AckData<F> = F extends (payload: never, ack: (result: Ack<infer T>) => void) => void
  ? T
  : never;

const ackError = nameSchema(
  z.object({ ok: z.literal(false), error: errorBodySchema.shape.error.omit({ requestId: true }) }),
  { id: 'AckError' },
);

function ackOf(data: ZodType, id: string) {
  return nameSchema(z.union([z.object({ ok: z.literal(true), data }), ackError]), { id });
}

const tapResult = z.union([bookingView, breakView]);

/** What the server pushes, by event name. */
const serverEvents = {
  manifest: {
    schema: manifestsView,
    summary:
      "A driver's whole manifest of one local date: today's and tomorrow's on connect, then the changed day's after every change. Replace the day you hold when `version` differs.",
    to: 'the driver it belongs to (room `driver:{driverId}`)',
  },
  'booking:updated': {
    schema: bookingView,
    summary: 'A booking changed: planned, refused, cancelled, a driver’s report.',
    to: 'staff (operators, supervisors, administrators: room `staff`)',
  },
  'fleet:alert': {
    schema: nameSchema(fleetAlert, { id: 'FleetAlert' }),
    summary:
      'Something the operators must see: a driver has not acknowledged a manifest change after several sends (`manifest-unseen`), or now has (`manifest-seen`).',
    to: 'staff (room `staff`)',
  },
  'vehicle:position': {
    schema: vehicleLiveView,
    summary:
      'A vehicle sent a position: where it is, its trail, its stops ahead with estimated arrivals from there, and whether a pickup will be late.',
    to: 'staff (room `staff`)',
  },
  message: {
    schema: messageView,
    summary:
      'A short message between dispatch and a driver (sent by either side, canned or typed), as stored.',
    to: 'the driver it concerns (room `driver:{driverId}`) and staff (room `staff`)',
  },
  emergency: {
    schema: emergencyView,
    summary:
      "A driver pressed the emergency button (with the vehicle's position), or an operator acknowledged it (`acknowledgedAt`, `acknowledgedByName`).",
    to: 'staff (room `staff`) and the driver concerned (room `driver:{driverId}`)',
  },
} satisfies {
  [E in keyof ServerToClientEvents]: {
    schema: ZodType<Payload<ServerToClientEvents[E]>>;
    summary: string;
    to: string;
  };
};

/** What a client may send, by event name, with the acknowledgement it gets. */
const clientEvents = {
  'driver:report': {
    schema: driverTap,
    ack: ackOf(tapResult, 'DriverReportAck'),
    ackData: tapResult,
    summary:
      'A driver reports a stop (arrived, picked-up, dropped-off, no-show) or starts or ends their break. Safe to resend with the same `clientEventId`: counted once, answered the same.',
  },
  'driver:manifest': {
    schema: nameSchema(manifestQuery, { id: 'DriverManifestRequest' }),
    ack: ackOf(manifestsView, 'DriverManifestAck'),
    ackData: manifestsView,
    summary:
      "A driver asks for a day's manifest again (e.g. after the app woke up); `date` defaults to today.",
  },
  'manifest:ack': {
    schema: nameSchema(manifestAck, { id: 'ManifestAck' }),
    ack: ackOf(manifestAck, 'ManifestAckAck'),
    ackData: manifestAck,
    summary:
      "A driver's app shows `version` of the day `date`. Until it says so, the server sends the day again every MANIFEST_RESEND_SECONDS and alerts the operators after MANIFEST_ALERT_AFTER_SENDS sends.",
  },
  'driver:position': {
    schema: positionReport,
    ack: ackOf(positionAccepted, 'PositionAck'),
    ackData: positionAccepted,
    summary:
      "A driver's app sends a GPS fix during a shift. Kept (`accepted: true`) only during one of the driver's shifts and at most every POSITION_INTERVAL_SECONDS.",
  },
  'driver:message': {
    schema: driverMessageInput,
    ack: ackOf(messageView, 'DriverMessageAck'),
    ackData: messageView,
    summary:
      'A driver sends dispatch a short message (canned or typed). Stored and pushed to staff once per `clientMessageId`; a resend is answered with the stored message.',
  },
  'driver:emergency': {
    schema: emergencyReport,
    ack: ackOf(emergencyView, 'DriverEmergencyAck'),
    ackData: emergencyView,
    summary:
      "A driver presses the emergency button: stored with the vehicle's position (the fix sent, else its last one) and pushed to every operator connected, once per `clientEventId`.",
  },
} satisfies {
  [E in keyof ClientToServerEvents]: {
    schema: ZodType<unknown, Payload<ClientToServerEvents[E]>>;
    ack: ZodType;
    ackData: ZodType<AckData<ClientToServerEvents[E]>>;
    summary: string;
  };
};

const connectError = nameSchema(
  z.object({
    message: z.enum(['UNAUTHENTICATED', 'FORBIDDEN']),
    data: z.object({ code: z.enum(['UNAUTHENTICATED', 'FORBIDDEN']) }),
  }),
  { id: 'ConnectError' },
);

export interface AsyncApiOptions {
  /** Where the API runs, e.g. `https://yoldas.example` (the Socket.IO path is /socket.io). */
  serverUrl?: string;
}

const camel = (event: string) =>
  event.replace(/[:-](\w)/g, (_match, letter: string) => letter.toUpperCase());

export function asyncApiDocument(options: AsyncApiOptions = {}) {
  nameSchemas();
  const payloads = [
    ...Object.values(serverEvents).map((e) => e.schema),
    ...Object.values(clientEvents).flatMap((e) => [e.schema, e.ack]),
    connectError,
  ];
  // The same generator as the OpenAPI document: the same component names and shapes.
  const { components } = new OpenApiGeneratorV31(
    payloads.map((schema) => ({ type: 'schema' as const, schema })),
    { unionPreferredType: 'oneOf', sortComponents: 'alphabetically' },
  ).generateComponents();
  const schemas = withoutDiscriminators(components?.schemas ?? {});
  const payloadIds: Record<string, string> = {};
  for (const [event, { schema }] of Object.entries(serverEvents)) payloadIds[event] = idOf(schema);
  for (const [event, { schema, ack }] of Object.entries(clientEvents)) {
    payloadIds[event] = idOf(schema);
    payloadIds[`${event}:ack`] = idOf(ack);
  }

  const url = options.serverUrl ? new URL(options.serverUrl) : undefined;
  const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
  const messages: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const channelMessages: Record<string, unknown> = {};
  for (const [event, spec] of Object.entries(serverEvents)) {
    const name = camel(event);
    messages[name] = {
      name: event,
      title: event,
      summary: spec.summary,
      payload: ref(payloadIds[event] ?? ''),
    };
    channelMessages[name] = { $ref: `#/components/messages/${name}` };
    operations[`send${name.charAt(0).toUpperCase()}${name.slice(1)}`] = {
      action: 'send',
      channel: { $ref: '#/channels/socket' },
      summary: `Pushed to ${spec.to}`,
      messages: [{ $ref: `#/channels/socket/messages/${name}` }],
    };
  }
  for (const [event, spec] of Object.entries(clientEvents)) {
    const name = camel(event);
    messages[name] = {
      name: event,
      title: event,
      summary: spec.summary,
      payload: ref(payloadIds[event] ?? ''),
    };
    messages[`${name}Ack`] = {
      name: `${event} (acknowledgement)`,
      title: `${event} acknowledgement`,
      summary:
        'The callback’s one argument: `{ ok: true, data }`, or `{ ok: false, error }` with a code and a message in the connection’s language.',
      payload: ref(payloadIds[`${event}:ack`] ?? ''),
    };
    channelMessages[name] = { $ref: `#/components/messages/${name}` };
    channelMessages[`${name}Ack`] = { $ref: `#/components/messages/${name}Ack` };
    operations[`receive${name.charAt(0).toUpperCase()}${name.slice(1)}`] = {
      action: 'receive',
      channel: { $ref: '#/channels/socket' },
      summary: spec.summary,
      messages: [{ $ref: `#/channels/socket/messages/${name}` }],
      reply: {
        channel: { $ref: '#/channels/socket' },
        messages: [{ $ref: `#/channels/socket/messages/${name}Ack` }],
      },
    };
  }
  messages.connectError = {
    name: 'connect_error',
    title: 'connect_error',
    summary:
      'The handshake was refused: no token, or an expired or tampered one. Renew the token (POST /api/auth/refresh) and connect again.',
    payload: ref('ConnectError'),
  };
  channelMessages.connectError = { $ref: '#/components/messages/connectError' };
  operations.refuseConnection = {
    action: 'send',
    channel: { $ref: '#/channels/socket' },
    summary: 'Refuses a connection whose handshake carries no valid access token',
    messages: [{ $ref: '#/channels/socket/messages/connectError' }],
  };

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Yoldaş realtime (Socket.IO)',
      version: '0.1.0',
      description: [
        'Live manifests for drivers and booking changes for staff, over Socket.IO 4 at path `/socket.io`.',
        'Connect with `io(url, { path: "/socket.io", auth: { token } })`, where `token` is an access token from `POST /api/auth/login`. A connection lasts no longer than its token: reconnect with a renewed one.',
        'Drivers join their own room only and receive their manifests; staff join the staff room and receive booking changes. Client events take a callback (Socket.IO acknowledgement) answered with an `Ack`.',
        'Messages are best effort: after a reconnect the server sends the full manifests again, so nothing is lost by a dropped connection.',
      ].join('\n\n'),
      license: { name: 'Proprietary' },
    },
    defaultContentType: 'application/json',
    servers: {
      api: {
        host: url?.host ?? 'localhost:3000',
        protocol: url?.protocol === 'https:' ? 'wss' : 'ws',
        pathname: '/socket.io',
        description: 'The API server (Socket.IO over WebSocket, long-polling as fallback)',
        security: [{ $ref: '#/components/securitySchemes/accessToken' }],
      },
    },
    channels: {
      socket: {
        address: '/',
        title: 'The default Socket.IO namespace',
        description:
          'Every event travels on the default namespace; the server routes pushes by room (`driver:{driverId}`, `staff`).',
        messages: channelMessages,
      },
    },
    operations,
    components: {
      schemas,
      messages,
      securitySchemes: {
        accessToken: {
          type: 'httpApiKey',
          name: 'token',
          in: 'query',
          description:
            'The access token, sent in the Socket.IO handshake as `auth: { token }` (not a query parameter: AsyncAPI has no word for the handshake payload)',
        },
      },
    },
  };
}

/** OpenAPI's `discriminator` object is no AsyncAPI schema keyword; `oneOf` already says it all. */
function withoutDiscriminators<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutDiscriminators) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'discriminator')
      .map(([key, inner]) => [key, withoutDiscriminators(inner)]),
  ) as T;
}

function idOf(schema: ZodType): string {
  const id = getRefId(schema);
  if (!id)
    throw new Error('an AsyncAPI payload has no component name: give it one with nameSchema');
  return id;
}
