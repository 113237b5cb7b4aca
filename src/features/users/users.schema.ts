import { z } from 'zod';

/** Staff roles made here; a driver's login is made with the driver (POST /drivers). */
export const STAFF_ROLES = ['admin', 'supervisor', 'operator'] as const;

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(50)
    .regex(/^[a-z0-9._-]+$/),
  displayName: z.string().trim().min(2).max(120),
  role: z.enum(STAFF_ROLES),
});

export const userView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['admin', 'supervisor', 'operator', 'driver']),
  active: z.boolean(),
  driverId: z.uuid().nullable(),
  /** When the user last logged in (the newest session); null: never. */
  lastLoginAt: z.string().nullable(),
});
export type UserView = z.infer<typeof userView>;

export const resetCodeView = z.object({
  /** Shown once, to hand to the user, who sets a password with it; only its hash is kept. */
  code: z.string(),
  expiresAt: z.string(),
});

export const createdUserView = z.object({ user: userView, reset: resetCodeView });

export const passwordResetBody = z.object({
  /** Whose code it is, as the user types it on the login page: a code of anyone else is refused. */
  username: z.string().trim().min(1).max(50).optional(),
  code: z.string().trim().min(10).max(100),
  newPassword: z.string().min(10).max(200),
});
