import { describe, expect, it } from 'vitest';
import { ensureDefaultServices } from '../features/services/default-services.js';
import { createServicesStore } from '../features/services/services.store.js';
import { migrate } from '../infra/db/migrate.js';
import { createPgliteDatabase } from '../infra/db/pglite-database.js';
import { DEMO_DRIVERS } from './demo-data.js';
import { extendDemoShifts, seedDemoData } from './seed.js';

describe('demo data', () => {
  it('loads once, and gives every demo driver shifts for today and tomorrow on later days', async () => {
    const db = await createPgliteDatabase();
    try {
      await migrate(db);
      await ensureDefaultServices(createServicesStore(db));
      const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
      expect(await seedDemoData(db, tenDaysAgo)).toBe(true);
      expect(await seedDemoData(db, new Date())).toBe(false);
      expect(await extendDemoShifts(db, new Date())).toBe(DEMO_DRIVERS.length * 2);
      expect(await extendDemoShifts(db, new Date())).toBe(0);
      const shifts = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM shifts');
      expect(shifts[0]?.n).toBe(DEMO_DRIVERS.length * 4);
    } finally {
      await db.close();
    }
  });
});
