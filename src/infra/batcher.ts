/**
 * Gathers items arriving one by one into batches handled by one call each
 * (the live map's fixes, the audit log's rows):
 * a batch leaves at most `windowMs` after its first item, or as soon as it
 * holds `maxBatch`, and only one batch is handled at a time. While one is
 * being handled the next one grows, so under load batches get larger rather
 * than more numerous: thousands of vehicles' fixes take one database
 * connection per process, never the whole pool that manifests,
 * acknowledgements and bookings need at the same time.
 *
 * Past `maxWaiting` items waiting, an item is turned away (undefined) and
 * counted: a fix is worth less than the manifests the pool serves, and the
 * next one comes seconds later.
 */
const RESUME_AT_ONCE = 16;

export interface Batcher<In, Out> {
  /** The item's result once its batch is handled; undefined when it was turned away. */
  add(item: In): Promise<Out | undefined>;
  /** Items turned away since the start (the queue was full). */
  readonly turnedAway: number;
}

export interface BatcherOptions<In, Out> {
  /** Handles a batch; answers one result per item, in the items' order. */
  handle(items: In[]): Promise<Out[]>;
  windowMs: number;
  maxBatch: number;
  /** Past this many waiting, an item is turned away; Infinity for items that must never be. */
  maxWaiting: number;
}

interface Waiting<In, Out> {
  item: In;
  resolve(out: Out | undefined): void;
  reject(error: unknown): void;
}

export function createBatcher<In, Out>(options: BatcherOptions<In, Out>): Batcher<In, Out> {
  let waiting: Waiting<In, Out>[] = [];
  let timer: NodeJS.Timeout | undefined;
  let handling = false;
  let turnedAway = 0;

  function schedule(): void {
    if (handling || waiting.length === 0) return;
    if (waiting.length >= options.maxBatch) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      void run();
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = undefined;
        void run();
      }, options.windowMs);
      // A fix waiting for its batch never keeps a stopping process alive.
      timer.unref();
    }
  }

  async function run(): Promise<void> {
    if (handling) return;
    const batch = waiting.slice(0, options.maxBatch);
    waiting = waiting.slice(batch.length);
    if (batch.length === 0) return;
    handling = true;
    try {
      const results = await options.handle(batch.map((w) => w.item));
      // Each result resumes its caller's work (the live map's view, its publish): a few at a
      // time, letting the event loop read sockets in between, so that a large batch does not
      // hold back the manifests arriving meanwhile.
      for (let i = 0; i < batch.length; i += RESUME_AT_ONCE) {
        if (i > 0) await new Promise((r) => setImmediate(r));
        for (let j = i; j < Math.min(i + RESUME_AT_ONCE, batch.length); j++)
          batch[j]!.resolve(results[j]);
      }
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      handling = false;
      // What came in meanwhile has waited long enough: it leaves now, as one batch.
      if (waiting.length > 0) void run();
    }
  }

  return {
    add(item) {
      if (waiting.length >= options.maxWaiting) {
        turnedAway++;
        return Promise.resolve(undefined);
      }
      return new Promise<Out | undefined>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        schedule();
      });
    },
    get turnedAway() {
      return turnedAway;
    },
  };
}
