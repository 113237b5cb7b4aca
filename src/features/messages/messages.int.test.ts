import { randomBytes, randomUUID } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS } from '../../../test/support/database.js';
import { type ShiftAroundNow, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type {
  ClientToServerEvents,
  EmergencyView,
  MessageView,
  ServerToClientEvents,
} from '../../realtime/events.js';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const CAR = { label: 'Mesajlı araç', seats: 3, serviceIds: ['asi-ulasim'] };

/** Resolves with the first `event` the socket gets that passes `test`. */
function next<E extends 'message' | 'emergency'>(
  socket: Client,
  event: E,
  test: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    // Generous: the machine may be busy with other suites; a push that never comes still fails.
    const timer = setTimeout(() => reject(new Error(`no ${event}`)), 15_000);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!test(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}

describe.each(DIALECTS)(
  'messages and emergencies between dispatch and drivers, on %s',
  (dialect) => {
    let t: TestService;
    let operator: string;
    let supervisor: string;
    let car: ShiftAroundNow;
    let other: ShiftAroundNow;
    const sockets: Client[] = [];

    beforeAll(async () => {
      t = await startTestService(dialect, { POSITION_INTERVAL_SECONDS: '1' });
      operator = await t.login('operator');
      supervisor = await t.login('supervisor');
      const admin = await t.login('admin');
      [car, other] = (await shiftsAroundNow(t, admin, [CAR, { ...CAR, label: 'Öbür araç' }])) as [
        ShiftAroundNow,
        ShiftAroundNow,
      ];
    });
    afterAll(async () => {
      for (const s of sockets) s.disconnect();
      await t?.close();
    });

    const open = async (token: string): Promise<Client> => {
      const socket: Client = connect(t.url, {
        auth: { token },
        transports: ['websocket'],
        reconnection: false,
      });
      sockets.push(socket);
      await new Promise((resolve) => socket.on('connect', () => resolve(undefined)));
      return socket;
    };

    it('carries a driver’s canned reply to dispatch and dispatch’s message to that driver only, stored once', async () => {
      const staff = await open(operator);
      const driver = await open(await t.login(car.username, car.password));
      const otherDriver = await open(await t.login(other.username, other.password));
      const strays: MessageView[] = [];
      otherDriver.on('message', (m) => strays.push(m));

      const clientMessageId = randomUUID();
      const seen = next(staff, 'message');
      const ack = await driver.emitWithAck('driver:message', {
        body: 'Trafik, 10 dk gecikme',
        clientMessageId,
      });
      expect(ack.ok).toBe(true);
      const got = await seen;
      expect(got).toMatchObject({
        driverId: car.driverId,
        plate: car.plate,
        fromDriver: true,
        body: 'Trafik, 10 dk gecikme',
      });
      // The same message again (its answer lost on a flaky line): stored and pushed once.
      const again = await driver.emitWithAck('driver:message', {
        body: 'Trafik, 10 dk gecikme',
        clientMessageId,
      });
      expect(again.ok && again.data.id).toBe(got.id);

      const toDriver = next(driver, 'message', (m) => !m.fromDriver);
      const sent = await t.api<MessageView>('POST', '/messages', {
        token: operator,
        body: {
          driverId: car.driverId,
          body: 'Yolcuyu arıyoruz, bekleyin',
          clientMessageId: randomUUID(),
        },
      });
      expect(sent.status).toBe(201);
      expect(await toDriver).toMatchObject({
        id: sent.body.id,
        fromDriver: false,
        senderName: sent.body.senderName,
      });

      const thread = await t.api<MessageView[]>('GET', `/messages?driverId=${car.driverId}`, {
        token: supervisor,
      });
      expect(thread.body.map((m) => [m.fromDriver, m.body])).toEqual([
        [true, 'Trafik, 10 dk gecikme'],
        [false, 'Yolcuyu arıyoruz, bekleyin'],
      ]);
      const own = await t.api<MessageView[]>('GET', '/driver/messages', {
        token: await t.login(other.username, other.password),
      });
      expect(own.body).toEqual([]);
      expect(strays).toEqual([]);

      const nobody = await t.api('POST', '/messages', {
        token: operator,
        body: { driverId: randomUUID(), body: 'Tamam', clientMessageId: randomUUID() },
      });
      expect(nobody.status).toBe(404);
    });

    it('alerts every operator connected with the vehicle’s position; the first acknowledgement is recorded and told to all', async () => {
      const [first, second] = [await open(operator), await open(supervisor)];
      const driverToken = await t.login(car.username, car.password);
      const driver = await open(driverToken);
      // The app sent a position a moment ago; the alarm itself carries none.
      const fix = await driver.emitWithAck('driver:position', { lat: 40.7702, lng: 29.9326 });
      expect(fix.ok && fix.data.accepted).toBe(true);

      const raised = [next(first, 'emergency'), next(second, 'emergency')];
      const clientEventId = randomUUID();
      const ack = await driver.emitWithAck('driver:emergency', { clientEventId });
      expect(ack.ok).toBe(true);
      const [a, b] = (await Promise.all(raised)) as [EmergencyView, EmergencyView];
      expect(a).toEqual(b);
      expect(a).toMatchObject({
        driverId: car.driverId,
        plate: car.plate,
        vehicleId: car.vehicleId,
        position: { lat: 40.7702, lng: 29.9326 },
        acknowledgedAt: null,
      });
      // Pressed again while the first is on its way (HTTP this time): one alarm.
      const resent = await t.api<EmergencyView>('POST', '/driver/emergencies', {
        token: driverToken,
        body: { clientEventId },
      });
      expect(resent.body.id).toBe(a.id);
      const open1 = await t.api<EmergencyView[]>('GET', '/emergencies?open=true', {
        token: operator,
      });
      expect(open1.body.map((e) => e.id)).toEqual([a.id]);

      // The driver's own alarm also comes back to their room: wait for the acknowledged one.
      const acknowledged = (e: EmergencyView) => e.acknowledgedAt !== null;
      const told = [
        next(second, 'emergency', acknowledged),
        next(driver, 'emergency', acknowledged),
      ];
      const [taken, late] = await Promise.all([
        t.api<EmergencyView>('POST', `/emergencies/${a.id}/acknowledge`, { token: operator }),
        t.api<EmergencyView>('POST', `/emergencies/${a.id}/acknowledge`, { token: supervisor }),
      ]);
      expect(taken.status).toBe(200);
      expect(late.status).toBe(200);
      // Whoever came second is answered with the first's record: one name, one time.
      expect(late.body).toEqual(taken.body);
      expect(taken.body.acknowledgedByName).toMatch(/\S/);
      const [toStaff, toDriver] = await Promise.all(told);
      expect(toStaff).toEqual(taken.body);
      expect(toDriver).toEqual(taken.body);
      const open2 = await t.api<EmergencyView[]>('GET', '/emergencies?open=true', {
        token: operator,
      });
      expect(open2.body).toEqual([]);
      const recent = await t.api<EmergencyView[]>('GET', '/emergencies', { token: operator });
      expect(recent.body.map((e) => e.id)).toContain(a.id);

      const refused = await t.api('POST', `/emergencies/${a.id}/acknowledge`, {
        token: driverToken,
      });
      expect(refused.status).toBe(403);
    });
  },
);

describe.each(DIALECTS)('messages and emergencies across two API processes, on %s', (dialect) => {
  let apiA: TestService;
  let apiB: TestService;
  let car: ShiftAroundNow;
  const sockets: Client[] = [];

  beforeAll(async () => {
    const database = await createTestDatabase(dialect);
    const redisPrefix = `t${randomBytes(4).toString('hex')}`;
    apiA = await startTestService(dialect, { ROLE: 'api' }, { database, redisPrefix });
    apiB = await startTestService(dialect, { ROLE: 'api' }, { database, redisPrefix });
    [car] = (await shiftsAroundNow(apiB, await apiB.login('admin'), [CAR])) as [ShiftAroundNow];
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await apiA?.close();
    await apiB?.close();
    await apiB?.database.drop();
  });

  const open = async (url: string, token: string): Promise<Client> => {
    const socket: Client = connect(url, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise((resolve) => socket.on('connect', () => resolve(undefined)));
    return socket;
  };

  it('reaches an operator on the other process, and the driver hears back from there', async () => {
    const driver = await open(apiA.url, await apiA.login(car.username, car.password));
    const operatorToken = await apiB.login('operator');
    const staff = await open(apiB.url, operatorToken);

    const message = next(staff, 'message');
    expect(
      (
        await driver.emitWithAck('driver:message', {
          body: 'Yolcu kapıda değil',
          clientMessageId: randomUUID(),
        })
      ).ok,
    ).toBe(true);
    expect((await message).body).toBe('Yolcu kapıda değil');

    const alarm = next(staff, 'emergency');
    const raised = await driver.emitWithAck('driver:emergency', { clientEventId: randomUUID() });
    expect(raised.ok).toBe(true);
    const seen = await alarm;
    // No fix in the alarm and none sent before: the position is honestly unknown.
    expect(seen.position).toBeNull();

    // The driver's own message and alarm come back to their room too (perhaps only now).
    const reply = next(driver, 'message', (m) => !m.fromDriver);
    const taken = next(driver, 'emergency', (e) => e.acknowledgedAt !== null);
    await apiB.api('POST', '/messages', {
      token: operatorToken,
      body: { driverId: car.driverId, body: 'Tamam, bilgi alındı', clientMessageId: randomUUID() },
    });
    await apiB.api('POST', `/emergencies/${seen.id}/acknowledge`, { token: operatorToken });
    expect((await reply).body).toBe('Tamam, bilgi alındı');
    expect((await taken).acknowledgedByName).toBe('Ayşe Operatör');
  });
});
