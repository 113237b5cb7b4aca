import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { until } from '../../test/support/until.js';
import { createManifestDeliveries } from '../features/dispatch/manifest-deliveries.js';
import type { Db } from '../infra/db/database.js';
import { createDriverPresence } from './driver-presence.js';
import { createChangeNotifier, createEmitter } from './notifier.js';
import { createRedelivery } from './redelivery.js';

describe('which drivers may be listening', () => {
  let redis: Redis;
  let clock = Date.parse('2026-11-27T09:00:00Z');
  const now = () => new Date(clock);
  beforeAll(() => {
    redis = new Redis(inject('redisUrl'));
  });
  afterAll(() => redis.quit());

  it('counts a live socket, a dropped one for the recovery window, and lets a silent process lapse', async () => {
    const presence = createDriverPresence(redis, {
      prefix: `test-${randomUUID()}`,
      lifetimeMs: 60_000,
      lingerMs: 120_000,
      now,
    });
    const driver = randomUUID();
    expect(await presence.mayBeConnected(driver)).toBe(false);
    await presence.connected(driver, 'phone');
    expect(await presence.mayBeConnected(driver)).toBe(true);
    // Refreshed by its process, it stays; unrefreshed (the process was killed), it lapses.
    clock += 50_000;
    await presence.refresh([{ driverId: driver, socketId: 'phone' }]);
    clock += 50_000;
    expect(await presence.mayBeConnected(driver)).toBe(true);
    clock += 20_000;
    expect(await presence.mayBeConnected(driver)).toBe(false);
    // A dropped socket may come back within the window and get what it missed.
    await presence.connected(driver, 'phone-2');
    await presence.disconnected(driver, 'phone-2');
    clock += 110_000;
    expect(await presence.mayBeConnected(driver)).toBe(true);
    clock += 20_000;
    expect(await presence.mayBeConnected(driver)).toBe(false);
  });

  describe('manifests', () => {
    let database: TestDatabase;
    let reads = 0;
    let counted: Db;
    beforeAll(async () => {
      database = await createTestDatabase('pglite');
      const db = database.db;
      // The manifest's one query, counted: the work an absent driver no longer costs.
      counted = {
        ...db,
        dialect: db.dialect,
        query: (sql, params) => {
          if (sql.includes('FROM shifts s JOIN vehicles v')) reads++;
          return db.query(sql, params);
        },
        transaction: (work) => db.transaction(work),
      };
    });
    afterAll(() => database.drop());

    it('moves an absent driver’s version on without reading the day, and reads it once they connect', async () => {
      const prefix = `test-${randomUUID()}`;
      const presence = createDriverPresence(redis, {
        prefix,
        lifetimeMs: 60_000,
        lingerMs: 120_000,
        now,
      });
      const driver = randomUUID();
      await database.db.query(
        `INSERT INTO drivers (id, full_name, phone) VALUES ($1, 'Test Sürücü', '05550000000')`,
        [driver],
      );
      const deliveries = createManifestDeliveries(counted);
      const common = {
        redis,
        db: counted,
        deliveries,
        timeZone: 'Europe/Istanbul',
        rules: { dayToleranceMinutes: 60, noShowWaitMinutes: 5 },
        logger: pino({ level: 'silent' }),
        now,
        key: `${prefix}-io`,
        presence,
      };
      const notifier = createChangeNotifier(common);
      const versionOf = async () =>
        (await deliveries.versions(driver, ['2026-11-28'])).get('2026-11-28');

      notifier.manifestChanged(driver, '2026-11-28');
      await until('version 1', async () => ((await versionOf()) === 1 ? true : undefined));
      expect(reads).toBe(0);

      // The sweep still counts the unacknowledged send (the operators' alert needs it), unread.
      const redelivery = createRedelivery({
        ...common,
        emitter: createEmitter(redis, `${prefix}-io`),
        resendSeconds: 1,
        alertAfterSends: 10,
      });
      clock += 5_000;
      expect(await redelivery.sweep()).toBe(1);
      expect(reads).toBe(0);

      await presence.connected(driver, 'phone');
      notifier.manifestChanged(driver, '2026-11-28');
      await until('read for the listening app', () => (reads > 0 ? true : undefined));
      expect(await versionOf()).toBe(2);
      clock += 5_000;
      const before = reads;
      expect(await redelivery.sweep()).toBe(1);
      expect(reads).toBeGreaterThan(before);
    });
  });
});
