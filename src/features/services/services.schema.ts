import { z } from 'zod';

/** Every rule of a transport service, as the administrators edit it (see ServiceRules in domain/services). */
const rules = {
  nameTr: z.string().trim().min(2).max(80),
  nameEn: z.string().trim().min(2).max(80),
  active: z.boolean(),
  requiredFeatures: z.array(z.enum(['wheelchairAccess', 'infantSeat'])).max(2),
  timing: z.enum(['pickup', 'arrive-by']),
  minNoticeMinutes: z.number().int().min(0).max(10_080),
  maxDaysAhead: z.number().int().min(0).max(365),
  sameDayAllowed: z.boolean(),
  pickupWindowMinutes: z.number().int().min(5).max(240),
  arrivalMarginMinutes: z.number().int().min(0).max(120),
  arrivalWindowMinutes: z.number().int().min(5).max(240),
  asapAllowed: z.boolean(),
  returnReadyAfterMinutes: z.number().int().min(0).max(720),
  maxRideFactor: z.number().min(1).max(5),
  maxRideExtraMinutes: z.number().int().min(0).max(180),
  sharedRides: z.boolean(),
  maxCompanions: z.number().int().min(0).max(6),
  returnTrip: z.boolean(),
  dwellSeconds: z.number().int().min(0).max(1_800),
  wheelchairDwellSeconds: z.number().int().min(0).max(1_800),
  ...policyRules(),
};

/** The no-show and late-cancel policy (see NoShowPolicy in domain/no-show-policy). */
function policyRules() {
  return {
    noShowWaitMinutes: z.number().int().min(0).max(60),
    lateCancelMinutes: z.number().int().min(0).max(2_880),
    noShowWarnAfter: z.number().int().min(1).max(50),
    noShowPeriodDays: z.number().int().min(1).max(730),
    lateCancelsCount: z.boolean(),
    /** The service's own quiet hours for messages, local `HH:mm-HH:mm`; null: the global setting. */
    quietHours: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, { message: 'i18n:quiet-hours' })
      .nullable(),
  };
}

// A service made without a policy gets the one the migration gave the first three.
const policyDefaults = {
  noShowWaitMinutes: rules.noShowWaitMinutes.default(5),
  lateCancelMinutes: rules.lateCancelMinutes.default(60),
  noShowWarnAfter: rules.noShowWarnAfter.default(3),
  noShowPeriodDays: rules.noShowPeriodDays.default(90),
  lateCancelsCount: rules.lateCancelsCount.default(false),
  quietHours: rules.quietHours.default(null),
};

/** Rules that only make sense together. */
function consistent(
  s: Partial<{
    sameDayAllowed: boolean;
    asapAllowed: boolean;
    timing: 'pickup' | 'arrive-by';
    arrivalMarginMinutes: number;
    arrivalWindowMinutes: number;
  }>,
  ctx: z.RefinementCtx,
) {
  if (s.asapAllowed && s.sameDayAllowed === false)
    ctx.addIssue({ code: 'custom', message: 'i18n:asap-needs-same-day', path: ['asapAllowed'] });
  if (
    s.arrivalMarginMinutes !== undefined &&
    s.arrivalWindowMinutes !== undefined &&
    s.arrivalWindowMinutes <= s.arrivalMarginMinutes
  )
    ctx.addIssue({
      code: 'custom',
      message: 'i18n:arrival-window-margin',
      path: ['arrivalWindowMinutes'],
    });
}

/** A new service: a city adds a fourth without code. Its id is kebab-case and never changes. */
export const createServiceBody = z
  .object({
    id: z
      .string()
      .trim()
      .min(3)
      .max(50)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'i18n:service-id' }),
    ...rules,
    ...policyDefaults,
  })
  .superRefine(consistent);

/** Some rules of a service; they count for bookings made from now, never rewrite booked rides. */
export const updateServiceBody = z
  .object(
    Object.fromEntries(Object.entries(rules).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof rules]: z.ZodOptional<(typeof rules)[K]>;
    },
  )
  .superRefine(consistent);

export const serviceParams = z.object({ id: z.string().min(1).max(50) });
