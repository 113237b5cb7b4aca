import { z } from 'zod';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import {
  createdUserView,
  createUserBody,
  passwordResetBody,
  resetCodeView,
  userView,
} from './users.schema.js';
import type { UsersService } from './users.service.js';

export function usersRoutes(users: UsersService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/users',
      tag: 'users',
      summary: 'Every login with its role, state and last login (administrators)',
      roles: ['admin'],
      response: z.array(userView),
      handler: async () => ({ body: await users.list() }),
    }),
    defineRoute({
      method: 'post',
      path: '/users',
      tag: 'users',
      summary:
        'Add an administrator, supervisor or operator (administrators); answers a one-time code with which the user sets a password',
      roles: ['admin'],
      body: createUserBody,
      response: createdUserView,
      successStatus: 201,
      otherResponses: { 409: 'The username is taken' },
      handler: async ({ body, user }) => ({ status: 201, body: await users.create(body, user) }),
    }),
    defineRoute({
      method: 'post',
      path: '/users/:id/reset-code',
      tag: 'users',
      summary:
        'A one-time code (24 h) for the user to set a new password (administrators); the password is never shown',
      roles: ['admin'],
      params: idParams,
      response: resetCodeView,
      successStatus: 201,
      otherResponses: { 404: 'No such user' },
      handler: async ({ params, user }) => ({
        status: 201,
        body: await users.resetCode(params.id, user),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/users/:id/deactivate',
      tag: 'users',
      summary: 'Deactivate a login (administrators): it stops at once, its sessions revoked',
      roles: ['admin'],
      params: idParams,
      response: userView,
      otherResponses: { 404: 'No such user', 409: 'You cannot deactivate yourself' },
      handler: async ({ params, user }) => ({ body: await users.deactivate(params.id, user) }),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/password-reset',
      tag: 'users',
      summary: 'Set a new password with a one-time code from an administrator',
      roles: 'public',
      body: passwordResetBody,
      successStatus: 204,
      otherResponses: { 401: 'The code is wrong, used or expired' },
      handler: async ({ body }) => {
        await users.resetPassword(body.code, body.newPassword, body.username);
        return { status: 204 };
      },
    }),
  ];
}
