export const ROLES = ['operator', 'supervisor', 'driver', 'admin', 'citizen'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as proven by their access token. */
export interface AuthUser {
  id: string;
  role: Role;
  /** Set for drivers: the only driver whose jobs they may see. */
  driverId: string | null;
  name: string;
  /** The login this token belongs to; logging out revokes it (and every token of it). */
  sessionId?: string;
}

/** Roles that work with citizens' bookings on behalf of the municipality. */
export const STAFF: readonly Role[] = ['operator', 'supervisor', 'admin'];

/** Roles that decide eligibility and policy (grant, revoke, confirm an override). */
export const DECIDERS: readonly Role[] = ['supervisor', 'admin'];
