import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route.js';
import type { AuthService } from './auth.service.js';
import { ROLES } from './auth-user.js';

const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
const refreshBody = z.object({ refreshToken: z.string().min(20).max(200) });

const sessionResponse = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  user: z.object({
    id: z.uuid(),
    role: z.enum(ROLES),
    driverId: z.uuid().nullable(),
    name: z.string(),
  }),
});

export function authRoutes(auth: AuthService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/login',
      tag: 'auth',
      summary:
        'Log in with username and password; returns a short-lived access token and a refresh token',
      roles: 'public',
      body: loginBody,
      response: sessionResponse,
      otherResponses: {
        401: 'Wrong username or password',
        429: 'Too many failed attempts for this account or from this address: locked for a while (Retry-After says how long)',
      },
      handler: async ({ body, req }) => ({
        body: await auth.login(body.username, body.password, req.ip ?? 'unknown'),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/refresh',
      tag: 'auth',
      summary:
        'Exchange a refresh token for a new one in the same session (the old one is spent; presenting a spent one again revokes the whole session)',
      roles: 'public',
      body: refreshBody,
      response: sessionResponse,
      otherResponses: { 401: 'Refresh token unknown, spent or expired' },
      handler: async ({ body }) => ({ body: await auth.refresh(body.refreshToken) }),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/logout',
      tag: 'auth',
      summary:
        "Log out: revoke the refresh token's session, so its access tokens stop working and its sockets are closed",
      roles: 'public',
      body: refreshBody,
      successStatus: 204,
      handler: async ({ body }) => {
        await auth.logout(body.refreshToken);
        return {};
      },
    }),
  ];
}
