import { describe, expect, it } from 'vitest';
import { ensureDefaultServices } from '../features/services/default-services.js';
import { createServicesStore } from '../features/services/services.store.js';
import { installDataCipher } from '../infra/crypto/data-cipher.js';
import { derivedDataKeys } from '../infra/crypto/field-cipher.js';
import { migrate } from '../infra/db/migrate.js';
import { createPgliteDatabase } from '../infra/db/pglite-database.js';
import { DEMO_DRIVERS } from './demo-data.js';
import { demoDays, extendDemoShifts, seedDemoData } from './seed.js';

describe('demo data', () => {
  it('loads once, and gives every demo driver shifts for today and tomorrow on later days', async () => {
    const db = await createPgliteDatabase();
    try {
      await migrate(db);
      installDataCipher(derivedDataKeys('seed-test-secret'));
      await ensureDefaultServices(createServicesStore(db));
      const now = new Date();
      const tenDaysAgo = new Date(now.getTime() - 10 * 86_400_000);
      const days = (at: Date) => DEMO_DRIVERS.reduce((n, d) => n + demoDays(d, at).length, 0);
      expect(await seedDemoData(db, tenDaysAgo)).toBe(true);
      expect(await seedDemoData(db, now)).toBe(false);
      // Today and tomorrow for everyone, and yesterday's night shift while it runs.
      expect(days(now)).toBeGreaterThanOrEqual(DEMO_DRIVERS.length * 2);
      expect(await extendDemoShifts(db, now)).toBe(days(now));
      expect(await extendDemoShifts(db, now)).toBe(0);
      const shifts = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM shifts');
      expect(shifts[0]?.n).toBe(days(tenDaysAgo) + days(now));
    } finally {
      await db.close();
    }
  });
});
