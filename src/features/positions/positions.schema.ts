import { z } from 'zod';
import { nameSchema } from '../../http/openapi-names.js';

/** A GPS fix from the driver's app during a shift (socket `driver:position`). */
export const positionReport = nameSchema(
  z.object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    /** Metres, as the phone reports it. */
    accuracy: z.number().min(0).max(100_000).optional(),
    /** Metres per second. */
    speed: z.number().min(0).max(100).optional(),
    /** Degrees from north. */
    heading: z.number().min(0).max(360).optional(),
    /** When the phone took the fix; defaults to when the server got it (never later than now). */
    at: z.iso.datetime({ offset: true }).optional(),
  }),
  { id: 'PositionReport' },
);
export type PositionReport = z.infer<typeof positionReport>;

/** Whether a position was kept: `false` outside a shift, or sooner than POSITION_INTERVAL_SECONDS after the last. */
export const positionAccepted = nameSchema(z.object({ accepted: z.boolean() }), {
  id: 'PositionAccepted',
});

const point = z.object({ lat: z.number(), lng: z.number(), at: z.string() });

/** One of a vehicle's stops still ahead, with its estimated arrival from the vehicle's position. */
export const nextStopView = nameSchema(
  z.object({
    kind: z.enum(['pickup', 'dropoff', 'break']),
    bookingId: z.uuid().nullable(),
    label: z.string(),
    passengerName: z.string().nullable(),
    lat: z.number(),
    lng: z.number(),
    plannedAt: z.string(),
    /** A pickup's promised window end. */
    windowEnd: z.string().nullable(),
    /** Estimated arrival from the last position (travel-time provider); null before any position. */
    eta: z.string().nullable(),
    /** Minutes past the window's end at the estimated arrival (0: on time). */
    lateMinutes: z.number(),
  }),
  { id: 'NextStop' },
);

/** A vehicle on shift now on the dispatcher's live map. */
export const vehicleLiveView = nameSchema(
  z.object({
    shiftId: z.uuid(),
    vehicleId: z.uuid(),
    plate: z.string(),
    label: z.string(),
    driverId: z.uuid(),
    driverName: z.string(),
    serviceIds: z.array(z.string()),
    /** The last position, or null when the app has sent none this shift. */
    position: point.nullable(),
    /** The last POSITION_TRAIL_MINUTES of positions, oldest first. */
    trail: z.array(point),
    /** The shift's stops not yet reached, in order. */
    nextStops: z.array(nextStopView),
    /** Some pickup ahead will be late beyond its window. */
    late: z.boolean(),
  }),
  { id: 'VehicleLive' },
);
export type VehicleLiveView = z.infer<typeof vehicleLiveView>;

export const liveQuery = z.object({ serviceId: z.string().min(1).max(50).optional() });
export const liveView = z.array(vehicleLiveView);
