import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The job states worth watching: a growing `waiting` or `failed` means planning falls behind. */
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

export interface QueueCounts {
  getJobCounts(...states: string[]): Promise<Record<string, number>>;
}

/**
 * What the engineer on call watches, in the Prometheus format (prom-client):
 * bookings by planning outcome, planning and answer latency, queue depth and
 * stalled jobs, relay re-enqueues, travel-time fallbacks, connected sockets
 * and answers by route and status. One registry per service instance (no
 * global), so tests that start several services count apart.
 */
export interface Metrics {
  readonly registry: Registry;
  /** The planner took a booking out of `pending` (or found it gone): outcome and time taken. */
  bookingPlanned(outcome: string, seconds: number): void;
  /** A planning job was found stalled (its worker died) and will run again. */
  jobStalled(queue: string): void;
  /** The relay enqueued a pending booking again; `state` is what its job was. */
  relayReenqueued(state: string): void;
  /** An HTTP answer: `route` is the route's pattern (`/api/bookings/:id`), never the raw URL. */
  httpAnswered(method: string, route: string, status: number, seconds: number): void;
  /** Depth of a BullMQ queue, read at each scrape. */
  watchQueue(name: string, queue: QueueCounts): void;
  /** Sockets connected to this instance, read at each scrape. */
  watchSockets(count: () => number): void;
  /** Travel-time elements filled from the offline model, read from the provider at each scrape. */
  watchTravelTimeFallbacks(total: () => number): void;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const queues = new Map<string, QueueCounts>();
  let sockets: (() => number) | undefined;
  let fallbacks: (() => number) | undefined;

  const bookings = new Counter({
    name: 'yoldas_bookings_planned_total',
    help: 'Bookings the planner took out of pending, by outcome (scheduled, refused; not-pending and missing when it found nothing to do)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const planning = new Histogram({
    name: 'yoldas_planning_duration_seconds',
    help: 'Time to plan one booking in the worker (snapshot, engine, commit), by outcome',
    labelNames: ['outcome'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const stalled = new Counter({
    name: 'yoldas_queue_stalled_jobs_total',
    help: 'Jobs found stalled (their worker died or hung) and handed to another worker',
    labelNames: ['queue'],
    registers: [registry],
  });
  const relay = new Counter({
    name: 'yoldas_relay_reenqueued_total',
    help: 'Pending bookings the relay enqueued again, by the state their job was in (missing, failed, completed)',
    labelNames: ['state'],
    registers: [registry],
  });
  const answers = new Counter({
    name: 'yoldas_http_responses_total',
    help: 'HTTP answers by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'yoldas_http_request_duration_seconds',
    help: 'Time to answer, by method and route pattern (POST /api/bookings is the booking answer)',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'yoldas_queue_jobs',
    help: 'Jobs in a BullMQ queue by state, read at scrape time',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [name, queue] of queues) {
        // A scrape while Redis is away must still answer: the queue's figures are left out.
        const counts = await withTimeout(queue.getJobCounts(...QUEUE_STATES), 1000).catch(
          () => undefined,
        );
        for (const state of QUEUE_STATES)
          if (counts?.[state] !== undefined) this.set({ queue: name, state }, counts[state]);
      }
    },
  });
  new Gauge({
    name: 'yoldas_sockets_connected',
    help: 'Socket.IO connections to this instance',
    registers: [registry],
    collect() {
      this.set(sockets?.() ?? 0);
    },
  });
  let fallbacksSeen = 0;
  new Counter({
    name: 'yoldas_travel_time_fallbacks_total',
    help: 'Travel-time pairs the remote service (Google, OSRM) did not give, filled from the offline model',
    registers: [registry],
    collect() {
      const total = fallbacks?.() ?? 0;
      if (total > fallbacksSeen) this.inc(total - fallbacksSeen);
      fallbacksSeen = Math.max(fallbacksSeen, total);
    },
  });

  return {
    registry,
    bookingPlanned(outcome, seconds) {
      bookings.inc({ outcome });
      planning.observe({ outcome }, seconds);
    },
    jobStalled(queue) {
      stalled.inc({ queue });
    },
    relayReenqueued(state) {
      relay.inc({ state });
    },
    httpAnswered(method, route, status, seconds) {
      answers.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    watchQueue(name, queue) {
      queues.set(name, queue);
    },
    watchSockets(count) {
      sockets = count;
    },
    watchTravelTimeFallbacks(total) {
      fallbacks = total;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    timer.unref();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
