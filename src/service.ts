import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Counter } from 'prom-client';
import type { Config } from './config.js';
import { extendDemoShifts, seedDemoData } from './demo/seed.js';
import { planningAreas } from './domain/planning-areas.js';
import { auditRoutes } from './features/audit/audit.routes.js';
import { createRouteAuditor } from './features/audit/route-audit.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { createAuthService } from './features/auth/auth.service.js';
import { createAuthStore } from './features/auth/auth.store.js';
import { jwtSecretOf } from './features/auth/jwt-secret.js';
import { createLoginLimiter } from './features/auth/login-limiter.js';
import { cachedSessionCheck } from './features/auth/session-check-cache.js';
import { createSessionRevocations } from './features/auth/session-revocations.js';
import { bearerToken, createTokenIssuer } from './features/auth/tokens.js';
import { createBookingChanges } from './features/bookings/booking-changes.js';
import { bookingsRoutes } from './features/bookings/bookings.routes.js';
import { createBookingsService } from './features/bookings/bookings.service.js';
import { bookingToView, createBookingsStore } from './features/bookings/bookings.store.js';
import { applicationsRoutes } from './features/citizen-auth/applications.routes.js';
import { createCitizenAccessStore } from './features/citizen-auth/citizen-access.store.js';
import {
  citizenAuthRoutes,
  citizenSelfRoutes,
} from './features/citizen-auth/citizen-auth.routes.js';
import { createCitizenAuthService } from './features/citizen-auth/citizen-auth.service.js';
import { createCitizenSelfService } from './features/citizen-auth/citizen-self.service.js';
import { createOtpCodes } from './features/citizen-auth/otp-codes.js';
import { citizensRoutes } from './features/citizens/citizens.routes.js';
import { createCitizensService } from './features/citizens/citizens.service.js';
import { createCitizensStore } from './features/citizens/citizens.store.js';
import { dispatchRoutes } from './features/dispatch/dispatch.routes.js';
import { createDispatchService } from './features/dispatch/dispatch.service.js';
import { createManifestDeliveries } from './features/dispatch/manifest-deliveries.js';
import { eligibilityRoutes } from './features/eligibility/eligibility.routes.js';
import { createEligibilityService } from './features/eligibility/eligibility.service.js';
import { eligibilityRequestsRoutes } from './features/eligibility/eligibility-requests.routes.js';
import { createEligibilityRequestsService } from './features/eligibility/eligibility-requests.service.js';
import { createEligibilityRequestsStore } from './features/eligibility/eligibility-requests.store.js';
import { createAnonymiseStore } from './features/erasure/anonymise.store.js';
import { erasureRoutes } from './features/erasure/erasure.routes.js';
import { createErasureService } from './features/erasure/erasure.service.js';
import { createErasureRedis } from './features/erasure/erasure-redis.js';
import {
  createRetentionService,
  type RetentionService,
} from './features/erasure/retention.service.js';
import { createCapacityRecheck } from './features/fleet/capacity-recheck.js';
import { fleetRoutes } from './features/fleet/fleet.routes.js';
import { createFleetService } from './features/fleet/fleet.service.js';
import { createFleetStore } from './features/fleet/fleet.store.js';
import { createShiftWithdrawal } from './features/fleet/shift-withdrawal.js';
import { dayHoursRoutes } from './features/holidays/day-hours.routes.js';
import { createDayHoursService } from './features/holidays/day-hours.service.js';
import { createDayHoursStore, dayHoursLookupOf } from './features/holidays/day-hours.store.js';
import { holidaysRoutes } from './features/holidays/holidays.routes.js';
import { createHolidaysService } from './features/holidays/holidays.service.js';
import { createHolidaysStore } from './features/holidays/holidays.store.js';
import { messagesRoutes } from './features/messages/messages.routes.js';
import { createMessagesService } from './features/messages/messages.service.js';
import { createMessagesStore } from './features/messages/messages.store.js';
import {
  createPushNotificationChannel,
  createSmsChannel,
} from './features/notifications/channels.js';
import { createNotificationsQueue } from './features/notifications/notifications.queue.js';
import { notificationsRoutes } from './features/notifications/notifications.routes.js';
import { createNotifications } from './features/notifications/notifications.service.js';
import { createNotificationsStore } from './features/notifications/notifications.store.js';
import { startNotificationsWorker } from './features/notifications/notifications.worker.js';
import { placesRoutes } from './features/places/places.routes.js';
import { createPlacesService } from './features/places/places.service.js';
import { createPlanningService } from './features/planning/planning.service.js';
import { createPlanningStore, createRouteReleaser } from './features/planning/planning.store.js';
import {
  createReoptimiseService,
  type ReoptimiseService,
} from './features/planning/reoptimise.service.js';
import { policyRoutes } from './features/policy/policy.routes.js';
import { createPolicyService } from './features/policy/policy.service.js';
import { createPolicyStore } from './features/policy/policy.store.js';
import { positionsRoutes } from './features/positions/positions.routes.js';
import { createPositionsService } from './features/positions/positions.service.js';
import { createPositionsStore } from './features/positions/positions.store.js';
import { pushRoutes } from './features/push/push.routes.js';
import { createPushService, DEFAULT_PUSH_SERVICE_HOSTS } from './features/push/push.service.js';
import { createPushStore } from './features/push/push.store.js';
import { createPushChannel } from './features/push/push-channel.js';
import { createPushSender } from './features/push/push-sender.js';
import { vapidKeysOf } from './features/push/vapid-keys.js';
import { reportsRoutes } from './features/reports/reports.routes.js';
import { createReportsService } from './features/reports/reports.service.js';
import { rostersRoutes } from './features/rosters/rosters.routes.js';
import { createRostersService } from './features/rosters/rosters.service.js';
import { createRostersStore } from './features/rosters/rosters.store.js';
import { ensureDefaultServices } from './features/services/default-services.js';
import { servicesRoutes } from './features/services/services.routes.js';
import { createServicesStore } from './features/services/services.store.js';
import { standingOrdersRoutes } from './features/standing-orders/standing-orders.routes.js';
import {
  createStandingOrdersService,
  type StandingOrdersService,
} from './features/standing-orders/standing-orders.service.js';
import { createStandingOrdersStore } from './features/standing-orders/standing-orders.store.js';
import { usersRoutes } from './features/users/users.routes.js';
import { createUsersService } from './features/users/users.service.js';
import { createHttpApp } from './http/app.js';
import type { RouteDefinition } from './http/route.js';
import { dataCipher, resolveDataKeys } from './infra/crypto/data-cipher.js';
import { loadDataKeys } from './infra/crypto/load-data-keys.js';
import type { Db } from './infra/db/database.js';
import { migrate } from './infra/db/migrate.js';
import { createPgliteDatabase } from './infra/db/pglite-database.js';
import { createPostgresDatabase, warnIfNotVacuumed } from './infra/db/postgres-database.js';
import { checkHealth } from './infra/health.js';
import { createLogger, type Logger } from './infra/logging/logger.js';
import { createGeocoder } from './infra/maps/create-geocoder.js';
import { createTravelTimeProvider } from './infra/maps/create-travel-time-provider.js';
import type {
  ObservableTravelTimeProvider,
  TravelTimeProvider,
} from './infra/maps/travel-time-provider.js';
import { startMetricsServer } from './infra/metrics/http-metrics.js';
import { createMetrics, type Metrics } from './infra/metrics/metrics.js';
import { createPartitionLeases } from './infra/partition-lease.js';
import { scheduleReoptimisation } from './infra/queues/reoptimisation-queue.js';
import { scheduleRetention } from './infra/queues/retention-queue.js';
import { createSchedulingQueue, SCHEDULING_QUEUE } from './infra/queues/scheduling-queue.js';
import { createStandingOrdersQueue } from './infra/queues/standing-orders-queue.js';
import { type RedisServerProcess, startRedisServer } from './infra/redis/redis-server-process.js';
import { createSmsSender } from './infra/sms/create-sms-sender.js';
import { createDriverPresence, PRESENCE_LIFETIME_MS } from './realtime/driver-presence.js';
import { rooms } from './realtime/events.js';
import {
  createRealtimeGateway,
  RECOVERY_WINDOW_MS,
  type RealtimeServer,
} from './realtime/gateway.js';
import { createChangeNotifier, createEmitter } from './realtime/notifier.js';
import { createRedelivery } from './realtime/redelivery.js';
import { createBookingRelay } from './workers/booking-relay.js';
import { startReoptimisationWorker } from './workers/reoptimisation.worker.js';
import { startRetentionWorker } from './workers/retention.worker.js';
import { startSchedulingWorker } from './workers/scheduling.worker.js';
import { startStandingOrdersWorker } from './workers/standing-orders.worker.js';

/** What tests and tools may swap; production passes none of these. */
export interface ServiceOverrides {
  logger?: Logger;
  /** An open database (tests use a fresh in-memory PGlite or a private PostgreSQL database). */
  db?: Db;
  now?: () => Date;
  /** Keeps BullMQ and Socket.IO keys of parallel test suites apart. */
  redisPrefix?: string;
  webDir?: string;
  /** Failed logins from one address before it is locked out (tests log in often from 127.0.0.1). */
  loginRateLimit?: number;
  /** Travel times in place of the configured provider (tests slow them down to widen races). */
  travelTimes?: TravelTimeProvider;
}

export interface RunningService {
  /** Base URL when the API runs (role `all` or `api`). */
  url: string | undefined;
  /** The API's route table as mounted (empty for a worker): the security tests walk it. */
  routes: readonly RouteDefinition[];
  db: Db;
  redisUrl: string;
  logger: Logger;
  relay: ReturnType<typeof createBookingRelay>;
  /** Present where workers run (role `all` or `worker`). */
  reoptimise: ReoptimiseService | undefined;
  /** Present where workers run: the KVKK retention run (tests call it directly). */
  retention: RetentionService | undefined;
  /** Present where the API runs: standing orders' booking runs (tests call them directly). */
  standingOrders: StandingOrdersService | undefined;
  /** This instance's Prometheus metrics (served at /metrics with METRICS_TOKEN, or on METRICS_PORT). */
  metrics: Metrics;
  close(): Promise<void>;
}

function defaultWebDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // Compiled: dist/service.js beside dist/web; from source: src/ beside dist/.
  return existsSync(join(here, 'web')) ? join(here, 'web') : join(here, '..', 'dist', 'web');
}

/**
 * The composition root: config → adapters → services → API, realtime and
 * workers. Nothing connects at import time; `close()` stops all of it.
 */
export async function startService(
  config: Config,
  overrides: ServiceOverrides = {},
): Promise<RunningService> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const now = overrides.now ?? (() => new Date());
  const metrics = createMetrics();
  const closers: Array<() => Promise<unknown>> = [];
  const close = async () => {
    for (const fn of closers.reverse())
      await fn().catch((err) => logger.warn({ err }, 'error while stopping'));
  };

  try {
    let redisUrl = config.redisUrl;
    if (!redisUrl) {
      const child: RedisServerProcess = await startRedisServer({
        dataDir: join(config.dataDir, 'redis'),
        onRestart: (code, signal) =>
          logger.error({ code, signal }, 'private redis-server died; restarting it'),
      });
      closers.push(() => child.stop());
      redisUrl = child.url;
      logger.info({ port: child.port }, 'started a private redis-server');
    }

    let db = overrides.db;
    if (!db) {
      db = config.databaseUrl
        ? createPostgresDatabase(config.databaseUrl, {
            preparedStatements: config.databasePreparedStatements,
          })
        : await createPgliteDatabase(join(config.dataDir, 'pglite'));
      const opened = db;
      closers.push(() => opened.close());
    }
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ applied }, 'applied migrations');
    if (config.databaseUrl && !overrides.db) await warnIfNotVacuumed(db, logger);
    // Before the demo data and any store: personal columns are written encrypted.
    await loadDataKeys(
      db,
      resolveDataKeys(config.dataKeys, () => jwtSecretOf(config.jwtSecret, config.dataDir)),
      logger,
    );

    const servicesStore = createServicesStore(db);
    await ensureDefaultServices(servicesStore);
    if (config.seedDemoData) {
      if (await seedDemoData(db, now()))
        logger.info('loaded the demo data set (see README for the demo logins)');
      else if ((await extendDemoShifts(db, now())) > 0)
        logger.info('added demo shifts for today and tomorrow');
    }

    const prefix = overrides.redisPrefix ?? 'yoldas';
    // BullMQ needs maxRetriesPerRequest: null so blocking commands wait for a reconnect instead of failing.
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
    redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
    closers.push(async () => redis.quit());
    const sessionRevocations = createSessionRevocations(redis, prefix);
    closers.push(() => sessionRevocations.close());

    const bookingsStore = createBookingsStore(db);
    const citizensStore = createCitizensStore(db);
    const fleetStore = createFleetStore(db);
    const authStore = createAuthStore(db);
    const areas = planningAreas(config.planning.areas);
    const planningStore = createPlanningStore(db, servicesStore, config.timeZone, areas);
    const deliveries = createManifestDeliveries(db);
    const sms = createSmsSender(config.sms, {
      log: logger,
      production: config.env === 'production',
    });
    if (sms.kind === 'log')
      logger.info('SMS_PROVIDER_URL unset: text messages are only written to this log');
    const notificationsQueue = createNotificationsQueue(redis, prefix);
    const notificationsStore = createNotificationsStore(db);
    closers.push(() => notificationsQueue.close());
    // The same messages by Web Push to the browsers of the citizen and their relatives.
    const vapidKeys = vapidKeysOf(
      {
        publicKey: config.push.vapidPublicKey,
        privateKey: config.push.vapidPrivateKey,
        subject: config.push.vapidSubject,
      },
      config.dataDir,
    );
    const pushStore = createPushStore(db);
    const pushChannel = createPushChannel({
      redis,
      prefix,
      store: pushStore,
      sender: createPushSender(vapidKeys, { timeoutMs: 10_000 }),
      now,
      log: logger,
    });
    // Citizens are told of every committed change of their rides, from whichever process made it.
    const notifications = createNotifications({
      redis,
      prefix,
      queue: notificationsQueue,
      channels: [
        createSmsChannel({ sms, phoneOf: async (id) => (await citizensStore.findById(id))?.phone }),
        createPushNotificationChannel(pushChannel),
      ],
      store: notificationsStore,
      bookingOf: async (id) => {
        const row = await bookingsStore.findById(id);
        return row ? bookingToView(row) : undefined;
      },
      serviceOf: (id) => servicesStore.find(id),
      routeOf: (shiftId) => planningStore.routeOf(shiftId),
      reminders: config.notifications,
      quietHours: config.notifications.quietHours,
      // The no-show policy's warning, told to the citizen once the ride's change is committed.
      warningBroughtBy: (bookingId) => createPolicyStore(db).warningBroughtBy(bookingId),
      timeZone: config.timeZone,
      now,
      log: logger,
    });
    // Which drivers' apps may be listening, so a change for a driver who is away is not read for
    // nobody (a day booked ahead, a driver off shift): their app asks when it connects.
    const presence = createDriverPresence(redis, {
      prefix,
      lifetimeMs: PRESENCE_LIFETIME_MS,
      lingerMs: RECOVERY_WINDOW_MS,
      now,
    });
    const notifier = notifications.wrap(
      createChangeNotifier({
        redis,
        db,
        deliveries,
        timeZone: config.timeZone,
        rules: config.driverStops,
        logger,
        now,
        key: `${prefix}-io`,
        presence,
      }),
    );
    // Unacknowledged manifest pushes are sent again from every process (each day claimed by one).
    const redelivery = createRedelivery({
      db,
      deliveries,
      emitter: createEmitter(redis, `${prefix}-io`),
      timeZone: config.timeZone,
      rules: config.driverStops,
      resendSeconds: config.manifestDelivery.resendSeconds,
      alertAfterSends: config.manifestDelivery.alertAfterSends,
      logger,
      now,
      presence,
    });
    const redeliveryTimer = setInterval(
      () => {
        redelivery.sweep().catch((err) => logger.warn({ err }, 'manifest redelivery failed'));
      },
      Math.max(500, (config.manifestDelivery.resendSeconds * 1000) / 3),
    );
    redeliveryTimer.unref();
    closers.push(async () => clearInterval(redeliveryTimer));
    const queue = createSchedulingQueue(redis, prefix, {
      enqueueTimeoutMs: config.enqueueTimeoutMs,
    });
    closers.push(() => queue.close());
    metrics.watchQueue(SCHEDULING_QUEUE, queue.queue);
    const relay = createBookingRelay({ bookings: bookingsStore, queue, logger, now, metrics });
    let reoptimise: ReoptimiseService | undefined;
    let standingOrders: StandingOrdersService | undefined;
    let retention: RetentionService | undefined;

    // The API checks a reassignment with the engine too, so both roles can plan.
    const travelTimes =
      overrides.travelTimes ??
      createTravelTimeProvider({
        googleMapsApiKey: config.googleMapsApiKey,
        osrmUrl: config.osrmUrl,
        osrmMaxLocations: config.osrmMaxTableSize,
        redis,
        logger,
      });
    if ('stats' in travelTimes && typeof travelTimes.stats === 'function') {
      const observed = travelTimes as ObservableTravelTimeProvider;
      metrics.watchTravelTimeFallbacks(() => observed.stats().fallbackElements);
    }
    // One planner per day among the workers, keeping the day in memory; conflicts counted.
    const leases = createPartitionLeases(redis, {
      prefix,
      ttlMs: config.planning.leaseMs,
      waitMs: 2 * config.planning.leaseMs,
    });
    closers.push(() => leases.close());
    const conflicts = new Counter({
      name: 'yoldas_planning_conflicts_total',
      help: 'Planning attempts that lost the partition version race (another writer changed the day) and ran again',
      registers: [metrics.registry],
    });
    const strayRides = new Counter({
      name: 'yoldas_planning_stray_rides_total',
      help: 'Route writes the database refused because they would add a ride not planned (a stale day in memory, read again)',
      registers: [metrics.registry],
    });
    const planning = createPlanningService({
      areas,
      db,
      store: planningStore,
      bookings: bookingsStore,
      travelTimes,
      notifier,
      timeZone: config.timeZone,
      now,
      daysInMemory: config.planning.daysInMemory,
      leases,
      onConflict: (partition) => {
        conflicts.inc();
        logger.info({ partition }, 'planning conflict');
      },
      onStrayRide: (partition, err) => {
        strayRides.inc();
        logger.error(
          { partition, err },
          'a stale day would have put back a ride not planned; read again',
        );
      },
      onDayRead: (read) => logger.info(read, 'day read whole'),
    });

    if (config.role !== 'api') {
      const worker: Worker = startSchedulingWorker({
        connection: redis,
        prefix,
        planning,
        logger,
        metrics,
      });
      closers.push(() => worker.close());
      reoptimise = createReoptimiseService({
        areas,
        db,
        store: planningStore,
        bookings: bookingsStore,
        travelTimes,
        notifier,
        now,
        stability: {
          stableMinutes: config.reoptimise.stableMinutes,
          moveCostSeconds: config.reoptimise.moveCostSeconds,
        },
      });
      if (config.reoptimise.everyMinutes > 0) {
        const scheduleQueue = await scheduleReoptimisation(redis, prefix, {
          rollingMinutes: config.reoptimise.everyMinutes,
          nightlyHour: config.reoptimise.nightlyHour,
          timeZone: config.timeZone,
        });
        closers.push(() => scheduleQueue.close());
        const reoptimiser = startReoptimisationWorker({
          connection: redis,
          prefix,
          reoptimise,
          logger,
          timeZone: config.timeZone,
          now,
          budgets: {
            todaySeconds: config.reoptimise.todaySeconds,
            nextDaySeconds: config.reoptimise.nextDaySeconds,
          },
        });
        closers.push(() => reoptimiser.close());
      }
      const timer = setInterval(() => {
        relay.sweep().catch((err) => logger.warn({ err }, 'relay sweep failed'));
      }, config.relayIntervalSeconds * 1000);
      timer.unref();
      closers.push(async () => clearInterval(timer));
      // KVKK retention: old rides and long-idle citizens anonymised each night.
      retention = createRetentionService({
        db,
        store: createAnonymiseStore(),
        settings: config.retention,
        timeZone: config.timeZone,
        now,
        onSessionRevoked: sessionRevocations.revoked,
        log: logger,
      });
      const retentionQueue = await scheduleRetention(redis, prefix, {
        hour: config.retention.hour,
        timeZone: config.timeZone,
      });
      closers.push(() => retentionQueue.close());
      const retentionWorker = startRetentionWorker({
        connection: redis,
        prefix,
        retention,
        logger,
      });
      closers.push(() => retentionWorker.close());
    }

    let url: string | undefined;
    let apiRoutes: RouteDefinition[] = [];
    if (config.role !== 'worker') {
      // Citizens' messages are sent from the API processes: a day's planner is one process at a
      // time, and every statement and Redis command a message costs (the booking, the citizen's
      // preferences and devices, the delivery rows) would otherwise be the next booking's wait.
      const notificationsWorker = startNotificationsWorker({
        connection: redis,
        prefix,
        notifications,
        logger,
      });
      closers.push(() => notificationsWorker.close());
      const jwtSecret = jwtSecretOf(config.jwtSecret, config.dataDir);
      const sessionChecks = cachedSessionCheck(authStore, { ttlMs: config.sessionCheckCacheMs });
      await sessionRevocations.subscribe(sessionChecks.forget);
      const tokens = createTokenIssuer({
        secret: jwtSecret,
        accessTokenTtlSeconds: config.accessTokenTtlSeconds,
        sessions: sessionChecks,
      });
      const auth = createAuthService({
        db,
        store: authStore,
        tokens,
        limiter: createLoginLimiter({
          redis,
          prefix,
          limits: {
            ...config.login,
            ...(overrides.loginRateLimit ? { maxFailuresPerIp: overrides.loginRateLimit } : {}),
          },
          log: logger,
        }),
        config,
        now,
        onSessionRevoked: sessionRevocations.revoked,
      });
      const citizenAccess = createCitizenAccessStore(db);
      // The no-show and late-cancel policy: bookings keep their service's, every step is recorded.
      const policyStore = createPolicyStore(db);
      const policy = createPolicyService({
        db,
        store: policyStore,
        services: servicesStore,
        citizenExists: async (id) => (await citizensStore.findById(id)) !== undefined,
        canActFor: (userId, citizenId) => citizenAccess.canActFor(userId, citizenId),
        config: {
          timeZone: config.timeZone,
          defaultNoShowWaitMinutes: config.driverStops.noShowWaitMinutes,
          callCenterPhone: config.callCenterPhone,
        },
        now,
      });
      // A day's own service hours (closed, or shorter) bound bookings, moves and standing orders.
      const dayHoursStore = createDayHoursStore(db);
      const dayHoursLookup = dayHoursLookupOf(dayHoursStore);
      const bookings = createBookingsService({
        db,
        policy: {
          assertMayBookSelf: (citizenId) => policy.assertMayBookSelf(citizenId),
        },
        store: bookingsStore,
        services: servicesStore,
        citizens: citizensStore,
        queue,
        notifier,
        config,
        now,
        log: logger,
        citizenAccess,
        dayHours: dayHoursLookup,
      });
      const bookingChanges = createBookingChanges({
        db,
        policy,
        store: bookingsStore,
        services: servicesStore,
        queue,
        notifier,
        releaseFromRoute: createRouteReleaser(planningStore),
        lockDay: (tx, day) => planningStore.lockDay(day, tx),
        bumpDay: (tx, day, changed) => planningStore.bumpDay(day, tx, changed),
        dayHours: dayHoursLookup,
        config,
        now,
        log: logger,
      });
      // Standing orders book through the bookings service built here, so their
      // runs (daily at 03:00 local, and right after a series is created or
      // changed) are worked beside the API.
      const holidaysStore = createHolidaysStore(db);
      const standingOrdersQueue = await createStandingOrdersQueue(redis, prefix, {
        dailyHour: 3,
        timeZone: config.timeZone,
      });
      closers.push(() => standingOrdersQueue.close());
      standingOrders = createStandingOrdersService({
        db,
        store: createStandingOrdersStore(db),
        holidays: holidaysStore,
        services: servicesStore,
        citizens: citizensStore,
        bookings: {
          create: (input, actor, key, origin) => bookings.create(input, actor, key, origin),
          cancel: (id, reason, actor, cancelReturn) =>
            // A holiday or a changed series: never a late cancel of the citizen's.
            bookingChanges.cancel(id, reason, actor, cancelReturn, false),
        },
        users: authStore,
        queue: standingOrdersQueue,
        // A series books several rides, each waiting for the scheduler.
        config: { timeZone: config.timeZone, waitMs: config.bookingWaitMs * 3 },
        now,
        log: logger,
      });
      const standingOrdersWorker = startStandingOrdersWorker({
        connection: redis,
        prefix,
        standingOrders,
        logger,
      });
      closers.push(() => standingOrdersWorker.close());
      const holidays = createHolidaysService({
        db,
        store: holidaysStore,
        listener: standingOrders.holidayListener,
      });
      const dayHours = createDayHoursService({
        db,
        store: dayHoursStore,
        listener: standingOrders.dayHoursListener,
      });
      const dispatch = createDispatchService({
        db,
        policy,
        bookings: bookingsStore,
        planning: planningStore,
        notifier,
        timeZone: config.timeZone,
        rules: config.driverStops,
        deliveries,
        onSeenAfterAlert: (driverId, date, version) => {
          redelivery
            .seen(driverId, date, version)
            .catch((err) => logger.warn({ err }, 'could not tell the operators'));
        },
        now,
      });
      const fleetEmitter = createEmitter(redis, `${prefix}-io`);
      const positionsStore = createPositionsStore(db);
      const positions = createPositionsService({
        db,
        store: positionsStore,
        travelTimes,
        settings: config.positions,
        publish: {
          vehicle: (view) => fleetEmitter.to(rooms.staff).emit('vehicle:position', view),
          alert: (alert) => fleetEmitter.to(rooms.staff).emit('fleet:alert', alert),
        },
        // Once per ride across every API process (a day is long enough to forget it after).
        claimLateAlert: async (bookingId) =>
          (await redis.set(`${prefix}:late-alert:${bookingId}`, '1', 'EX', 86_400, 'NX')) === 'OK',
        // A shift's first pickup hears "on the way" when the car first moves toward it.
        onFix: (view) => notifications.vehicleMoved(view),
        now,
      });
      const messages = createMessagesService({
        db,
        store: createMessagesStore(db),
        positions: positionsStore,
        publish: {
          message: (m) =>
            fleetEmitter.to([rooms.staff, rooms.driver(m.driverId)]).emit('message', m),
          emergency: (e) =>
            fleetEmitter.to([rooms.staff, rooms.driver(e.driverId)]).emit('emergency', e),
        },
        now,
      });
      const pruneTimer = setInterval(() => {
        positions.prune().catch((err) => logger.warn({ err }, 'could not prune positions'));
      }, 3_600_000);
      pruneTimer.unref();
      closers.push(async () => clearInterval(pruneTimer));
      // Weekly rosters stay generated four weeks ahead.
      const rosters = createRostersService({
        db,
        store: createRostersStore(db),
        fleet: fleetStore,
        timeZone: config.timeZone,
        now,
      });
      const extendRosters = () =>
        rosters.extendAll().catch((err) => logger.warn({ err }, 'could not extend the rosters'));
      void extendRosters();
      const rosterTimer = setInterval(extendRosters, 6 * 3_600_000);
      rosterTimer.unref();
      closers.push(async () => clearInterval(rosterTimer));
      const places = createPlacesService({
        db,
        geocoder: createGeocoder({
          googleMapsApiKey: config.googleMapsApiKey,
          nominatimUrl: config.nominatimUrl,
          redis,
          logger,
        }),
        mapTileUrl: config.mapTileUrl,
      });
      const citizenAuth = createCitizenAuthService({
        db,
        access: citizenAccess,
        authStore,
        tokens,
        codes: createOtpCodes({ redis, prefix, secret: jwtSecret, settings: config.otp }),
        sms,
        config: { ...config, otpTtlSeconds: config.otp.ttlSeconds },
        now,
        log: logger,
      });
      const series = standingOrders;
      const erasure = createErasureService({
        db,
        store: createAnonymiseStore(),
        // Never a late cancel of the citizen's: the rides go with the erased record.
        cancelBooking: (id, reason, actor) => bookingChanges.cancel(id, reason, actor, true, false),
        endStandingOrder: (id, reason, actor) => series.end(id, reason, actor, 'tr'),
        redis: createErasureRedis({
          redis,
          prefix,
          notifications: notificationsQueue.queue,
          forgetPhone: createOtpCodes({ redis, prefix, secret: jwtSecret, settings: config.otp })
            .forget,
        }),
        plainPhone: (stored) => dataCipher().decrypt(stored),
        onSessionRevoked: sessionRevocations.revoked,
        log: logger,
      });
      const citizenSelf = createCitizenSelfService({
        access: citizenAccess,
        bookings,
        changes: bookingChanges,
        services: servicesStore,
        citizens: citizensStore,
        places,
        positions,
        timeZone: config.timeZone,
        now,
      });
      const fleetReplanning = {
        db,
        bookings: bookingsStore,
        planBooking: (id: string) => planning.planBooking(id),
        releaseFromRoute: createRouteReleaser(planningStore),
        lockDay: (tx: Db, day: string) => planningStore.lockDay(day, tx),
        bumpDay: (tx: Db, day: string) => planningStore.bumpDay(day, tx),
        notifier,
        timeZone: config.timeZone,
        now,
        log: logger,
      };
      apiRoutes = [
        ...authRoutes(auth),
        ...citizenAuthRoutes(citizenAuth),
        ...citizenSelfRoutes(citizenSelf),
        ...applicationsRoutes(db, citizenAccess),
        ...auditRoutes(db),
        ...servicesRoutes(servicesStore, db),
        ...policyRoutes(policy),
        ...citizensRoutes(createCitizensService({ db, store: citizensStore })),
        ...erasureRoutes(erasure),
        ...fleetRoutes(
          createFleetService({
            db,
            store: fleetStore,
            authStore,
            timeZone: config.timeZone,
            // Vehicles out of service and drivers on leave: their rides are planned again.
            withdraw: createShiftWithdrawal(fleetReplanning),
            // A vehicle that loses places, a ramp or a service: the rides that no longer fit move.
            recheckCapacity: createCapacityRecheck({
              ...fleetReplanning,
              routeOf: (shiftId, tx) => planningStore.routeOf(shiftId, tx),
            }),
            now,
          }),
        ),
        ...bookingsRoutes(bookings, bookingChanges, planning.reassign),
        ...dispatchRoutes(dispatch),
        ...positionsRoutes(positions),
        ...messagesRoutes(messages),
        ...standingOrdersRoutes(standingOrders),
        ...holidaysRoutes(holidays),
        ...dayHoursRoutes(dayHours),
        ...rostersRoutes(rosters),
        ...usersRoutes(
          createUsersService({ db, now, onSessionRevoked: sessionRevocations.revoked }),
        ),
        ...eligibilityRoutes(createEligibilityService({ db, timeZone: config.timeZone, now })),
        ...eligibilityRequestsRoutes(
          createEligibilityRequestsService({
            db,
            store: createEligibilityRequestsStore(db),
            citizens: citizensStore,
            now,
          }),
        ),
        ...placesRoutes(places),
        ...notificationsRoutes({
          db,
          store: notificationsStore,
          serviceExists: async (id) => (await servicesStore.find(id)) !== undefined,
          canActFor: (userId, citizenId) => citizenAccess.canActFor(userId, citizenId),
        }),
        ...reportsRoutes(createReportsService({ db, timeZone: config.timeZone })),
        ...pushRoutes(
          createPushService({
            store: pushStore,
            publicKey: vapidKeys.publicKey,
            allowedHosts: config.push.serviceHosts ?? DEFAULT_PUSH_SERVICE_HOSTS,
          }),
        ),
      ];
      const app = createHttpApp({
        routes: apiRoutes,
        authenticate: (req) => tokens.verify(bearerToken(req.headers.authorization)),
        health: () => checkHealth(db, redis),
        logger,
        webDir: overrides.webDir ?? defaultWebDir(),
        publicUrl: config.publicUrl,
        metrics: { registry: metrics, token: config.metrics.token },
        audit: createRouteAuditor(db),
        trustProxy: config.trustProxy,
        mapTileUrl: config.mapTileUrl,
      });
      const server: Server = createServer(app);
      const pubClient = redis.duplicate();
      const subClient = redis.duplicate();
      for (const client of [pubClient, subClient]) client.on('error', () => {});
      const io: RealtimeServer = createRealtimeGateway(server, {
        tokens,
        dispatch,
        positions,
        messages,
        pubClient,
        subClient,
        logger,
        key: `${prefix}-io`,
        timeZone: config.timeZone,
        now,
        presence,
      });
      metrics.watchSockets(() => io.engine.clientsCount);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve());
      });
      closers.push(async () => {
        await io.close();
        pubClient.disconnect();
        subClient.disconnect();
      });
      const { port } = server.address() as AddressInfo;
      url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
      logger.info({ url }, 'Yoldaş is listening');
    }

    if (config.metrics.port) {
      const metricsServer = await startMetricsServer(metrics, {
        port: config.metrics.port,
        host: config.host,
        token: config.metrics.token,
      });
      closers.push(() => new Promise((resolve) => metricsServer.close(resolve)));
    }

    return {
      url,
      routes: apiRoutes,
      db,
      redisUrl,
      logger,
      relay,
      reoptimise,
      retention,
      standingOrders,
      metrics,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
