import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eligibleCitizen, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';

const TOKEN = 'metrics-token-for-tests-0123';

describe('metrics for the engineer on call', () => {
  let t: TestService;

  beforeAll(async () => {
    t = await startTestService('pglite', { METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await t?.close();
  });

  const scrape = (token?: string) =>
    fetch(`${t.url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('are served only to a scraper holding the token', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('wrong-token-of-some-length')).status).toBe(401);
    const res = await scrape(TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
  });

  it('count a booking planned, the answer latency by route, 4xx by route and the queue', async () => {
    const operator = await t.login('operator');
    const admin = await t.login('admin');
    await shiftsAroundNow(t, admin, [
      { label: 'Ölçüm (test)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] },
    ]);
    const mother = await eligibleCitizen(t, operator, admin, 'Ölçüm Annesi', ['anne-taksi']);
    const booked = await t.api<{ status: string }>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'anne-taksi',
        citizenId: mother,
        pickup: { placeId: 'seka-devlet-hastanesi' },
        dropoff: { placeId: 'yahya-kaptan-mah' },
        asap: true,
      },
    });
    expect([201, 202]).toContain(booked.status);
    await t.api('GET', '/bookings/00000000-0000-4000-8000-000000000000', { token: operator });

    let text = '';
    for (let i = 0; i < 50; i++) {
      text = await (await scrape(TOKEN)).text();
      if (/yoldas_bookings_planned_total\{outcome="(scheduled|refused)"\} 1/.test(text)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(text).toMatch(/yoldas_bookings_planned_total\{outcome="(scheduled|refused)"\} 1/);
    expect(text).toMatch(
      /yoldas_planning_duration_seconds_count\{outcome="(scheduled|refused)"\} 1/,
    );
    expect(text).toMatch(
      /yoldas_http_request_duration_seconds_count\{method="POST",route="\/api\/bookings"\} 1/,
    );
    expect(text).toContain(
      'yoldas_http_responses_total{method="GET",route="/api/bookings/:id",status="404"} 1',
    );
    expect(text).toMatch(/yoldas_queue_jobs\{queue="scheduling",state="waiting"\} \d+/);
    expect(text).toContain('yoldas_sockets_connected 0');
    expect(text).toContain('yoldas_travel_time_fallbacks_total 0');
    expect(text).toContain('yoldas_relay_reenqueued_total');
    expect(text).toContain('yoldas_queue_stalled_jobs_total');
  });
});
