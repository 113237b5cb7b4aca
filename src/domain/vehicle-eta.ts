/**
 * When a moving vehicle reaches its next stops, from where it is now: the
 * first leg from its position, then each stop's planned service time (never
 * starting before its planned start: a vehicle early waits) and the leg to
 * the next. Pure: travel times are passed in, the clock too.
 */
export interface EtaStop {
  /** Planned start of service at the stop. */
  plannedStart: Date;
  /** Planned departure: the service time is departure − start. */
  plannedDeparture: Date;
  /** A pickup's promised window end: past it the pickup is late. Null for drop-offs and breaks. */
  windowEnd: Date | null;
}

export interface StopEta {
  eta: Date;
  /** Minutes past the window's end (0 when on time or no window). */
  lateMinutes: number;
}

/**
 * `legSeconds[0]` is from the vehicle's position to `stops[0]`,
 * `legSeconds[i]` from `stops[i - 1]` to `stops[i]`.
 */
export function etasAlong(
  stops: readonly EtaStop[],
  legSeconds: readonly number[],
  now: Date,
): StopEta[] {
  const out: StopEta[] = [];
  let clock = now.getTime();
  stops.forEach((stop, i) => {
    const eta = clock + (legSeconds[i] ?? 0) * 1000;
    const late = stop.windowEnd ? Math.max(0, eta - stop.windowEnd.getTime()) : 0;
    out.push({ eta: new Date(eta), lateMinutes: Math.ceil(late / 60_000) });
    const service = Math.max(0, stop.plannedDeparture.getTime() - stop.plannedStart.getTime());
    clock = Math.max(eta, stop.plannedStart.getTime()) + service;
  });
  return out;
}

/** Whether a vehicle's next pickup is late enough to tell the operators. */
export function isLate(eta: StopEta, graceMinutes = 0): boolean {
  return eta.lateMinutes > graceMinutes;
}
