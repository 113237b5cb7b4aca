import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { STAFF } from '../auth/auth-user.js';
import {
  driverMessageInput,
  driverMessagesQuery,
  emergenciesQuery,
  emergencyParams,
  emergencyReport,
  emergencyView,
  messagesQuery,
  messageView,
  staffMessageInput,
} from './messages.schema.js';
import type { MessagesService } from './messages.service.js';

export function messagesRoutes(messages: MessagesService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/messages',
      tag: 'fleet',
      summary:
        "Messages between dispatch and drivers (one driver's, or all), oldest first; the last 24 hours unless `since`",
      roles: STAFF,
      query: messagesQuery,
      response: z.array(messageView),
      handler: async ({ user, query }) => ({ body: await messages.list(user, query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/messages',
      tag: 'fleet',
      summary:
        'Send a short message to a driver (shown on their screen at once; idempotent by clientMessageId)',
      roles: STAFF,
      body: staffMessageInput,
      response: messageView,
      successStatus: 201,
      otherResponses: { 404: 'No such driver' },
      handler: async ({ user, body }) => ({
        status: 201,
        body: await messages.toDriver(user, body),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/driver/messages',
      tag: 'driver',
      summary: "The calling driver's messages with dispatch; the last 24 hours unless `since`",
      roles: ['driver'],
      query: driverMessagesQuery,
      response: z.array(messageView),
      handler: async ({ user, query }) => ({ body: await messages.own(user, query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/driver/messages',
      tag: 'driver',
      summary:
        'Send a short message to dispatch (every operator on shift sees it; idempotent by clientMessageId)',
      roles: ['driver'],
      body: driverMessageInput,
      response: messageView,
      successStatus: 201,
      handler: async ({ user, body }) => ({
        status: 201,
        body: await messages.fromDriver(user, body),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/driver/emergencies',
      tag: 'driver',
      summary:
        "The emergency button: every operator on shift is alerted with the vehicle's position until one acknowledges (idempotent by clientEventId)",
      roles: ['driver'],
      body: emergencyReport,
      response: emergencyView,
      successStatus: 201,
      handler: async ({ user, body }) => ({
        status: 201,
        body: await messages.emergency(user, body),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/emergencies',
      tag: 'fleet',
      summary:
        "Drivers' emergencies: every open one, and (unless `open=true`) those of the last 24 hours with who acknowledged them",
      roles: STAFF,
      query: emergenciesQuery,
      response: z.array(emergencyView),
      handler: async ({ user, query }) => ({
        body: await messages.emergencies(user, query.open === 'true'),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/emergencies/:id/acknowledge',
      tag: 'fleet',
      summary:
        'Take an emergency: the first operator to acknowledge it is recorded (who, when) and everyone is told; a later call answers that record',
      roles: STAFF,
      params: emergencyParams,
      response: emergencyView,
      otherResponses: { 404: 'No such emergency' },
      handler: async ({ user, params }) => ({ body: await messages.acknowledge(user, params.id) }),
    }),
  ];
}
