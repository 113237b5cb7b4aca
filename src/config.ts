import { isIP } from 'node:net';
import { z } from 'zod';
import { type PlanningArea, parsePlanningAreas } from './domain/planning-areas.js';
import { parseQuietHours, type QuietHours } from './features/notifications/message-policy.js';
import {
  type DataKeys,
  type Keyring,
  parseKey,
  parseKeyring,
} from './infra/crypto/field-cipher.js';

/**
 * Every setting the service reads from its environment, validated once at
 * start. Features never read `process.env`; they receive a slice of this.
 */
const envSchema = z.object({
  /** HTTP port for the API, the pages and Socket.IO. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on. */
  HOST: z.string().default('0.0.0.0'),
  /** `development`, `production` or `test`; production refuses the demo secret. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** PostgreSQL connection string. Unset: embedded PGlite in `DATA_DIR/pglite`. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /**
   * Prepare recurring statements once per server connection. Set false behind a pooler that
   * gives each transaction another connection (PgBouncer in transaction mode before 1.21).
   */
  DATABASE_PREPARED_STATEMENTS: z.stringbool().default(true),
  /** Redis connection string. Unset: a private `redis-server` child with data in `DATA_DIR/redis`. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Where embedded PGlite and the private Redis keep their files. */
  DATA_DIR: z.string().default('./data'),
  /** HMAC secret for access tokens, at least 32 characters. Unset outside production: a per-data-dir secret is generated. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Keys encrypting personal data at rest (AES-256-GCM): `id:<base64 32 bytes>`, comma-separated, the
   * first writes and all read. Unset outside production: derived from the token secret.
   */
  DATA_ENCRYPTION_KEYS: z.string().optional(),
  /** The keyed hash (HMAC) key of phone and national ID search, base64 of 32 bytes; never rotated in place. */
  DATA_HASH_KEY: z.string().optional(),
  /** Access token lifetime in seconds (short: the refresh token renews it). */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  SESSION_CHECK_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** Refresh token lifetime in seconds (one driver shift and a margin). */
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(300)
    .default(14 * 3600),
  /** How long `POST /bookings` waits for the scheduler before answering 202. */
  BOOKING_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(3000),
  /** How long `POST /bookings` waits for Redis to take the planning job; past it the booking answers 202 and the relay enqueues it later. */
  ENQUEUE_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(2000),
  /**
   * Proxies whose X-Forwarded-For is believed (Express `trust proxy`): a hop
   * count, or addresses/subnets and the names loopback, linklocal, uniquelocal,
   * comma-separated. Unset: none, so the client address is the socket's.
   */
  TRUST_PROXY: z
    .string()
    .refine(
      validTrustProxy,
      'must be a hop count, or addresses, subnets (CIDR) and loopback, linklocal, uniquelocal, comma-separated',
    )
    .optional(),
  /** Failed logins for one username within LOGIN_FAILURE_WINDOW_SECONDS before it is locked out. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  /** Failed logins from one client address within the window before the address is locked out. */
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(100_000).default(30),
  /** The window in which failed logins are counted, in seconds. */
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
  /** How long a locked-out account or address waits, in seconds. */
  LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  /** Load the demo data set on first start when the database is empty (default: yes, except in production). */
  SEED_DEMO_DATA: z.stringbool().optional(),
  /** Log level for the JSON logs. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Google Maps key: enables Distance Matrix and Geocoding; unset uses the offline model. */
  GOOGLE_MAPS_API_KEY: z.string().min(1).optional(),
  /** Self-hosted OSRM base URL (e.g. http://osrm:5000); used when no Google key is set. */
  OSRM_URL: z.url().optional(),
  /** Self-hosted Nominatim base URL (e.g. http://nominatim:8080): geocodes door addresses to the building; unset uses the gazetteer (neighbourhood). */
  NOMINATIM_URL: z.url().optional(),
  /** Map tile URL template for the pages' maps (Leaflet `{z}/{x}/{y}`); OpenStreetMap's tile server by default. */
  MAP_TILE_URL: z
    .string()
    .refine(
      (u) => /^https?:\/\//.test(u) && ['{z}', '{x}', '{y}'].every((p) => u.includes(p)),
      'must be an http(s) URL with {z}, {x} and {y}',
    )
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  /** The OSRM server's --max-table-size (locations per table request); the docker-compose server allows 1000. */
  OSRM_MAX_TABLE_SIZE: z.coerce.number().int().min(2).max(10_000).default(100),
  /** Which parts this process runs: everything (default), only the API and realtime gateway, or only workers. */
  ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  /** Seconds between relay sweeps that re-enqueue bookings whose scheduling job went missing. */
  RELAY_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(15),
  /** Minutes between rolling re-optimisations of today; 0 turns re-optimisation off. */
  REOPTIMISE_EVERY_MINUTES: z.coerce.number().int().min(0).max(1440).default(5),
  /** Local hour at which tomorrow is re-optimised each evening. */
  REOPTIMISE_NIGHTLY_HOUR: z.coerce.number().int().min(0).max(23).default(20),
  /** Time budget of a rolling re-optimisation of today, in seconds. */
  REOPTIMISE_TODAY_SECONDS: z.coerce.number().min(0.1).max(600).default(5),
  /** Time budget of the evening re-optimisation of tomorrow, in seconds. */
  REOPTIMISE_NEXT_DAY_SECONDS: z.coerce.number().min(0.1).max(3600).default(60),
  /** Rides whose pickup is this many minutes away or less are never moved to another vehicle. */
  REOPTIMISE_STABLE_MINUTES: z.coerce.number().int().min(0).max(1440).default(120),
  /** Driving seconds a re-optimisation must save for each ride it moves to another vehicle. */
  REOPTIMISE_MOVE_COST_SECONDS: z.coerce.number().min(0).max(7200).default(300),
  /** Days a worker keeps in memory between bookings (least recently used dropped first). */
  PLANNING_DAYS_IN_MEMORY: z.coerce.number().int().min(1).max(1000).default(8),
  /** A worker's hold on a day it plans: renewed while its jobs come, free this long after it dies. */
  PLANNING_LEASE_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /**
   * Areas planned apart, each by its own worker at once: `name=lat,lng;…` (the centres; a place
   * belongs to the nearest). Empty: the city is one area. See docs/scheduling.md.
   */
  PLANNING_AREAS: z
    .string()
    .default('')
    .transform((text, ctx) => {
      try {
        return parsePlanningAreas(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  /** Local time zone for display and entry. Storage is always UTC. */
  TIME_ZONE: z.string().default('Europe/Istanbul'),
  /** The address callers use (`https://yoldas.example`): the API documents name it as their server. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Bearer token a Prometheus scraper sends to read /metrics; unset: no /metrics on the API port. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** A port of its own for /metrics (any role; a worker has no other HTTP); the token applies there too. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Minutes around local midnight in which a driver may still act on the day before's or after's stops. */
  DRIVER_DAY_TOLERANCE_MINUTES: z.coerce.number().int().min(0).max(720).default(30),
  /** Minutes a driver waits at the door (from arrival, or the pickup window's start) before a no-show is allowed. */
  NO_SHOW_WAIT_MINUTES: z.coerce.number().int().min(0).max(120).default(5),
  /** The call centre's number, told to a citizen whose self-booking is suspended. */
  CALL_CENTER_PHONE: z.string().trim().min(3).max(30).default('153'),
  /** Seconds after which a manifest push the driver's app has not acknowledged is sent again. */
  MANIFEST_RESEND_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  /** Unacknowledged sends of one manifest change before the operators are alerted that the driver has not seen it. */
  MANIFEST_ALERT_AFTER_SENDS: z.coerce.number().int().min(1).max(100).default(4),
  /** Seconds between two GPS positions a driver's app sends (the server drops faster ones). */
  POSITION_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  /** Minutes of each vehicle's trail the live map shows. */
  POSITION_TRAIL_MINUTES: z.coerce.number().int().min(1).max(720).default(15),
  /** Hours GPS positions are kept; older ones are deleted. */
  POSITION_RETENTION_HOURS: z.coerce.number().int().min(1).max(2160).default(24),
  /** The SMS provider's send endpoint (messages are POSTed as SMS_BODY_TEMPLATE); unset: the development sender, which only logs each message (codes masked in production). */
  SMS_PROVIDER_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The Authorization header value the SMS provider wants (`Basic …`, `Bearer …`). */
  SMS_PROVIDER_AUTHORIZATION: z.string().min(1).optional(),
  /** The approved sender name (başlık) messages come from. */
  SMS_SENDER_ID: z.string().min(1).max(11).default('YOLDAS'),
  /** The provider's JSON body with the slots {{to}}, {{text}}, {{sender}} and {{idempotencyKey}} (filled JSON-escaped). */
  SMS_BODY_TEMPLATE: z
    .string()
    .refine(
      (t) => t.includes('{{to}}') && t.includes('{{text}}'),
      'must contain {{to}} and {{text}}',
    )
    .default('{"from":"{{sender}}","to":"{{to}}","text":"{{text}}"}'),
  /** Dotted path to the message id in the provider's answer (e.g. `data.messageId`); unset: not kept. */
  SMS_MESSAGE_ID_PATH: z.string().min(1).optional(),
  /** How long a citizen's sign-in code is valid, in seconds. */
  OTP_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(300),
  /** Wrong tries of one code before it is void (a new one must be asked for). */
  OTP_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  /** Codes sent to one phone within OTP_WINDOW_SECONDS. */
  OTP_SENDS_PER_PHONE: z.coerce.number().int().min(1).max(100).default(3),
  /** Codes asked for from one client address (any phones) within the window. */
  OTP_SENDS_PER_IP: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Wrong codes from one client address within the window before it must wait out the window. */
  OTP_FAILURES_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
  /** The window in which sends and wrong codes are counted, in seconds. */
  OTP_WINDOW_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  /** Local hour, the day before a ride, at which the citizen is reminded of it by SMS. */
  NOTIFY_DAY_BEFORE_HOUR: z.coerce.number().int().min(0).max(23).default(18),
  /** Minutes before the pickup window opens at which the citizen is reminded again. */
  NOTIFY_SOON_MINUTES: z.coerce.number().int().min(5).max(720).default(60),
  /** KVKK: rides whose day is older than this many months are anonymised by the nightly retention run. */
  RETENTION_RIDE_MONTHS: z.coerce.number().int().min(1).max(600).default(36),
  /** KVKK: citizens with no ride and no change for this many months are anonymised by the nightly run. */
  RETENTION_CITIZEN_MONTHS: z.coerce.number().int().min(1).max(600).default(36),
  /** Local hour of the nightly retention run (it starts at half past). */
  RETENTION_HOUR: z.coerce.number().int().min(0).max(23).default(2),
  /** Rows of each kind (rides, citizens) one retention run anonymises at most; the next night goes on. */
  RETENTION_MAX_PER_RUN: z.coerce.number().int().min(1).max(10_000_000).default(20_000),
  /**
   * Local hours (`HH:mm-HH:mm`, may span midnight) in which only essential messages go out;
   * the others wait for the end. Empty: none.
   */
  NOTIFY_QUIET_HOURS: z
    .string()
    .regex(
      /^(\s*|([01]\d|2[0-3]):[0-5]\d\s*-\s*([01]\d|2[0-3]):[0-5]\d)$/,
      'must read HH:mm-HH:mm, or be empty',
    )
    .default('22:00-08:00'),
  /** Web Push (VAPID) public key, base64url; with VAPID_PRIVATE_KEY. Unset: a pair is generated into `DATA_DIR/vapid-keys.json`. */
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{80,90}$/, 'must be a base64url P-256 public key')
    .optional(),
  /** Web Push (VAPID) private key, base64url. */
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{40,50}$/, 'must be a base64url P-256 private key')
    .optional(),
  /** Contact the push services may use about this server (`mailto:` or `https:`). */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)\S+$/, 'must be a mailto: or https: URL')
    .optional(),
  /** Push services the server may post to (host suffixes, comma-separated); http only on a loopback host. */
  PUSH_SERVICE_HOSTS: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function validTrustProxy(value: string): boolean {
  if (/^\d+$/.test(value.trim())) return true;
  return value.split(',').every((part) => {
    const entry = part.trim();
    if (PROXY_NAMES.has(entry)) return true;
    const [address = '', bits, ...rest] = entry.split('/');
    if (rest.length > 0 || isIP(address) === 0) return false;
    return (
      bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128))
    );
  });
}

/** TRUST_PROXY as Express takes it: false (none), a hop count, or the list. */
function trustProxyOf(value: string | undefined): false | number | string {
  if (value === undefined) return false;
  return /^\d+$/.test(value.trim()) ? Number(value) : value;
}

export interface Config {
  port: number;
  host: string;
  env: Env['NODE_ENV'];
  databaseUrl: string | undefined;
  databasePreparedStatements: boolean;
  redisUrl: string | undefined;
  dataDir: string;
  jwtSecret: string | undefined;
  /** Personal data at rest; undefined outside production when unset (derived from the token secret). */
  dataKeys: DataKeys | undefined;
  accessTokenTtlSeconds: number;
  /** How long an API process trusts a session it saw open (revocations reach it at once through Redis). */
  sessionCheckCacheMs: number;
  refreshTokenTtlSeconds: number;
  bookingWaitMs: number;
  enqueueTimeoutMs: number;
  trustProxy: false | number | string;
  login: {
    maxFailuresPerAccount: number;
    maxFailuresPerIp: number;
    windowSeconds: number;
    lockoutSeconds: number;
  };
  seedDemoData: boolean;
  logLevel: Env['LOG_LEVEL'];
  googleMapsApiKey: string | undefined;
  osrmUrl: string | undefined;
  osrmMaxTableSize: number;
  nominatimUrl: string | undefined;
  mapTileUrl: string;
  role: Env['ROLE'];
  relayIntervalSeconds: number;
  timeZone: string;
  publicUrl: string | undefined;
  metrics: { token: string | undefined; port: number | undefined };
  /** The driver's screen: which stops may be acted on, and when a no-show may be reported. */
  driverStops: { dayToleranceMinutes: number; noShowWaitMinutes: number };
  /** The number citizens are told to call (e.g. when their self-booking is suspended). */
  callCenterPhone: string;
  /** Acknowledged manifest delivery: when to send again, and when to alert the operators. */
  manifestDelivery: { resendSeconds: number; alertAfterSends: number };
  /** GPS positions from drivers' apps. */
  positions: { intervalSeconds: number; trailMinutes: number; retentionHours: number };
  /** Text messages: the HTTP provider, or (unset URL) the development sender that logs. */
  sms: {
    providerUrl: string | undefined;
    authorization: string | undefined;
    senderId: string;
    bodyTemplate: string;
    messageIdPath: string | undefined;
    timeoutMs: number;
  };
  /** Citizens' sign-in codes: lifetime, tries, and send and failure limits per phone and address. */
  otp: {
    ttlSeconds: number;
    maxAttempts: number;
    sendsPerPhone: number;
    sendsPerIp: number;
    failuresPerIp: number;
    windowSeconds: number;
  };
  /** Citizens' SMS reminders: the day before (local hour) and shortly before the pickup. */
  notifications: { dayBeforeHour: number; soonMinutes: number; quietHours: QuietHours | null };
  /** Web Push: VAPID keys (unset: generated into the data directory) and the push services allowed. */
  push: {
    vapidPublicKey: string | undefined;
    vapidPrivateKey: string | undefined;
    vapidSubject: string | undefined;
    serviceHosts: string[] | undefined;
  };
  /** Planning workers: days kept in memory, and the partition lease. */
  planning: { daysInMemory: number; leaseMs: number; areas: PlanningArea[] };
  reoptimise: {
    everyMinutes: number;
    nightlyHour: number;
    todaySeconds: number;
    nextDaySeconds: number;
    stableMinutes: number;
    moveCostSeconds: number;
  };
  /** KVKK retention: periods in months, the nightly run's local hour, its bound and batch. */
  retention: {
    rideMonths: number;
    citizenMonths: number;
    hour: number;
    maxPerRun: number;
    batchSize: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Both keys or neither (neither only outside production); a bad key names its variable. */
function dataKeysOf(e: Env): DataKeys | undefined {
  const problems: string[] = [];
  let keyring: Keyring | undefined;
  let hashKey: Buffer | undefined;
  try {
    if (e.DATA_ENCRYPTION_KEYS) keyring = parseKeyring(e.DATA_ENCRYPTION_KEYS);
  } catch (error) {
    problems.push(`DATA_ENCRYPTION_KEYS: ${(error as Error).message}`);
  }
  try {
    if (e.DATA_HASH_KEY) hashKey = parseKey(e.DATA_HASH_KEY, 'the key');
  } catch (error) {
    problems.push(`DATA_HASH_KEY: ${(error as Error).message}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const production = e.NODE_ENV === 'production';
  if (!keyring && (production || hashKey))
    problems.push(
      `DATA_ENCRYPTION_KEYS: required ${production ? 'in production' : 'with DATA_HASH_KEY'} (k1:$(openssl rand -base64 32))`,
    );
  if (!hashKey && (production || keyring))
    problems.push(
      `DATA_HASH_KEY: required ${production ? 'in production' : 'with DATA_ENCRYPTION_KEYS'} ($(openssl rand -base64 32))`,
    );
  if (problems.length > 0) throw new ConfigError(problems);
  return keyring && hashKey ? { keyring, hashKey } : undefined;
}

const EMPTY_IS_A_VALUE = new Set(['NOTIFY_QUIET_HOURS']);

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const roleFlag = argv.indexOf('--role');
  const input = { ...env };
  if (roleFlag >= 0 && argv[roleFlag + 1]) input.ROLE = argv[roleFlag + 1];
  // Empty strings in .env files mean "unset", not "invalid" — except where empty is a value of
  // its own (no quiet hours at all, rather than the default night).
  for (const [key, value] of Object.entries(input))
    if (value === '' && !EMPTY_IS_A_VALUE.has(key)) delete input[key];
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  if (!e.VAPID_PUBLIC_KEY !== !e.VAPID_PRIVATE_KEY) {
    throw new ConfigError([
      `${e.VAPID_PUBLIC_KEY ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY'}: set both VAPID keys or neither`,
    ]);
  }
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET: required in production (at least 32 random characters)']);
  }
  const dataKeys = dataKeysOf(e);
  return {
    port: e.PORT,
    host: e.HOST,
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS,
    redisUrl: e.REDIS_URL,
    dataDir: e.DATA_DIR,
    jwtSecret: e.JWT_SECRET,
    dataKeys,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    sessionCheckCacheMs: e.SESSION_CHECK_CACHE_MS,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
    bookingWaitMs: e.BOOKING_WAIT_MS,
    enqueueTimeoutMs: e.ENQUEUE_TIMEOUT_MS,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    login: {
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES,
      maxFailuresPerIp: e.LOGIN_IP_MAX_FAILURES,
      windowSeconds: e.LOGIN_FAILURE_WINDOW_SECONDS,
      lockoutSeconds: e.LOGIN_LOCKOUT_SECONDS,
    },
    seedDemoData: e.SEED_DEMO_DATA ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    googleMapsApiKey: e.GOOGLE_MAPS_API_KEY,
    osrmUrl: e.OSRM_URL,
    osrmMaxTableSize: e.OSRM_MAX_TABLE_SIZE,
    nominatimUrl: e.NOMINATIM_URL,
    mapTileUrl: e.MAP_TILE_URL,
    role: e.ROLE,
    relayIntervalSeconds: e.RELAY_INTERVAL_SECONDS,
    timeZone: e.TIME_ZONE,
    publicUrl: e.PUBLIC_URL,
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
    driverStops: {
      dayToleranceMinutes: e.DRIVER_DAY_TOLERANCE_MINUTES,
      noShowWaitMinutes: e.NO_SHOW_WAIT_MINUTES,
    },
    callCenterPhone: e.CALL_CENTER_PHONE,
    manifestDelivery: {
      resendSeconds: e.MANIFEST_RESEND_SECONDS,
      alertAfterSends: e.MANIFEST_ALERT_AFTER_SENDS,
    },
    positions: {
      intervalSeconds: e.POSITION_INTERVAL_SECONDS,
      trailMinutes: e.POSITION_TRAIL_MINUTES,
      retentionHours: e.POSITION_RETENTION_HOURS,
    },
    sms: {
      providerUrl: e.SMS_PROVIDER_URL,
      authorization: e.SMS_PROVIDER_AUTHORIZATION,
      senderId: e.SMS_SENDER_ID,
      bodyTemplate: e.SMS_BODY_TEMPLATE,
      messageIdPath: e.SMS_MESSAGE_ID_PATH,
      timeoutMs: 10_000,
    },
    otp: {
      ttlSeconds: e.OTP_TTL_SECONDS,
      maxAttempts: e.OTP_MAX_ATTEMPTS,
      sendsPerPhone: e.OTP_SENDS_PER_PHONE,
      sendsPerIp: e.OTP_SENDS_PER_IP,
      failuresPerIp: e.OTP_FAILURES_PER_IP,
      windowSeconds: e.OTP_WINDOW_SECONDS,
    },
    notifications: {
      dayBeforeHour: e.NOTIFY_DAY_BEFORE_HOUR,
      soonMinutes: e.NOTIFY_SOON_MINUTES,
      quietHours: parseQuietHours(e.NOTIFY_QUIET_HOURS),
    },
    push: {
      vapidPublicKey: e.VAPID_PUBLIC_KEY,
      vapidPrivateKey: e.VAPID_PRIVATE_KEY,
      vapidSubject: e.VAPID_SUBJECT,
      serviceHosts: e.PUSH_SERVICE_HOSTS?.split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    },
    reoptimise: {
      everyMinutes: e.REOPTIMISE_EVERY_MINUTES,
      nightlyHour: e.REOPTIMISE_NIGHTLY_HOUR,
      todaySeconds: e.REOPTIMISE_TODAY_SECONDS,
      nextDaySeconds: e.REOPTIMISE_NEXT_DAY_SECONDS,
      stableMinutes: e.REOPTIMISE_STABLE_MINUTES,
      moveCostSeconds: e.REOPTIMISE_MOVE_COST_SECONDS,
    },
    planning: {
      daysInMemory: e.PLANNING_DAYS_IN_MEMORY,
      leaseMs: e.PLANNING_LEASE_MS,
      areas: e.PLANNING_AREAS,
    },
    retention: {
      rideMonths: e.RETENTION_RIDE_MONTHS,
      citizenMonths: e.RETENTION_CITIZEN_MONTHS,
      hour: e.RETENTION_HOUR,
      maxPerRun: e.RETENTION_MAX_PER_RUN,
      batchSize: 500,
    },
  };
}

/** The documented table of variables, used by the README test to keep docs honest. */
export const ENV_VARIABLES = Object.keys(envSchema.shape);
