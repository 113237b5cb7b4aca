import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';

interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  username: string | null;
  action: string;
  entityId: string | null;
  citizenId: string | null;
  details: { count?: number; citizenIds?: string[] } | null;
}

describe.each(DIALECTS)('the audit log of citizens’ data on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let admin: string;
  let operatorId: string;
  let osman: string;
  let bookingId: string;
  let started: string;

  beforeAll(async () => {
    t = await startTestService(dialect);
    operator = await t.login('operator');
    admin = await t.login('admin');
    operatorId = (
      await t.database.db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'operator'`)
    )[0]!.id;
    osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
    // The ride's outcome does not matter here, only that it is Osman's.
    const booked = await t.api<{ id: string }>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: osman,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        pickupAt: DateTime.now().plus({ hours: 26 }).startOf('minute').toISO(),
        wheelchair: 'manual',
        overlapOverride: { reason: 'denetim testi' },
      },
    });
    expect(booked.status, JSON.stringify(booked.body)).toBeLessThan(300);
    bookingId = booked.body.id;
    started = new Date().toISOString();
  });
  afterAll(() => t?.close());

  const count = async () =>
    (await t.database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))[0]!.n;

  it('records each staff read of a citizen’s data once, with the user and the citizen', async () => {
    const reads: [string, string][] = [
      [`/citizens/${osman}/addresses`, 'citizen.addresses.read'],
      [`/citizens/${osman}/bookings?scope=upcoming`, 'citizen.bookings.read'],
      [`/citizens/${osman}/standing-orders`, 'citizen.standing-orders.read'],
      [`/bookings/${bookingId}`, 'booking.read'],
      [`/bookings/${bookingId}/events`, 'booking.events.read'],
    ];
    for (const [path, action] of reads) {
      const before = await count();
      expect((await t.api('GET', path, { token: operator })).status, path).toBe(200);
      expect(await count(), path).toBe(before + 1);
      const [row] = await t.database.db.query<{
        actor_user_id: string;
        action: string;
        citizen_id: string;
      }>('SELECT actor_user_id, action, citizen_id FROM audit_log ORDER BY id DESC LIMIT 1');
      expect(row, path).toEqual({ actor_user_id: operatorId, action, citizen_id: osman });
    }
  });

  it('records a list read as one entry naming its citizens', async () => {
    const date = DateTime.now().plus({ hours: 26 }).setZone('Europe/Istanbul').toISODate();
    const before = await count();
    const board = await t.api<unknown[]>('GET', `/bookings?date=${date}`, { token: operator });
    expect(board.status).toBe(200);
    expect(board.body.length).toBeGreaterThan(0);
    expect(await count()).toBe(before + 1);
    const [row] = await t.database.db.query<{ details: { count: number; citizenIds: string[] } }>(
      'SELECT details FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    expect(row?.details.count).toBe(board.body.length);
    expect(row?.details.citizenIds).toContain(osman);
  });

  it('writes nothing for a refused read', async () => {
    const before = await count();
    expect((await t.api('GET', `/citizens/${osman}/bookings`)).status).toBe(401);
    const driver = await t.login('surucu1');
    expect((await t.api('GET', `/citizens/${osman}/bookings`, { token: driver })).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('lets an administrator search by citizen, user, action and time, page by page', async () => {
    const byCitizen = await t.api<{ entries: AuditEntry[]; nextCursor: number | null }>(
      'GET',
      `/audit?citizenId=${osman}&userId=${operatorId}&from=${encodeURIComponent(started)}&limit=3`,
      { token: admin },
    );
    expect(byCitizen.status).toBe(200);
    expect(byCitizen.body.entries).toHaveLength(3);
    expect(byCitizen.body.entries.every((e) => e.username === 'operator')).toBe(true);
    expect(byCitizen.body.nextCursor).not.toBeNull();
    const next = await t.api<{ entries: AuditEntry[] }>(
      'GET',
      `/audit?citizenId=${osman}&userId=${operatorId}&from=${encodeURIComponent(started)}&limit=100&cursor=${byCitizen.body.nextCursor}`,
      { token: admin },
    );
    const actions = [...byCitizen.body.entries, ...next.body.entries].map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'citizen.addresses.read',
        'citizen.bookings.read',
        'booking.read',
        'booking.events.read',
        'bookings.list',
      ]),
    );
    expect(new Set(actions).size).toBe(actions.length);

    const prefix = await t.api<{ entries: AuditEntry[] }>('GET', '/audit?action=booking.', {
      token: admin,
    });
    expect(prefix.body.entries.length).toBeGreaterThan(0);
    expect(prefix.body.entries.every((e) => e.action.startsWith('booking.'))).toBe(true);
    const future = await t.api<{ entries: AuditEntry[] }>(
      'GET',
      `/audit?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`,
      { token: admin },
    );
    expect(future.body.entries).toEqual([]);
    expect((await t.api('GET', '/audit?limit=0', { token: admin })).status).toBe(400);
    expect((await t.api('GET', '/audit', { token: operator })).status).toBe(403);
  });

  it('exports the search as CSV, and audits the export', async () => {
    const res = await fetch(`${t.url}/api/audit.csv?citizenId=${osman}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('id,at,userId,username,role,action,entity,entityId,citizenId,details');
    expect(lines.some((l) => l.includes('booking.events.read'))).toBe(true);
    const [row] = await t.database.db.query<{ action: string }>(
      'SELECT action FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    expect(row?.action).toBe('audit.export');
    const denied = await fetch(`${t.url}/api/audit.csv`, {
      headers: { authorization: `Bearer ${operator}` },
    });
    expect(denied.status).toBe(403);
  });
});
