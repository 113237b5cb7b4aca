import { z } from 'zod';
import { AppError, notFound } from '../../domain/errors.js';
import {
  DEFAULT_TEMPLATES,
  MAX_TEMPLATE_LENGTH,
  MESSAGE_LANGUAGES,
  NOTIFICATION_EVENTS,
  PLACEHOLDERS,
  unknownPlaceholders,
} from '../../domain/message-templates.js';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import { STAFF } from '../auth/auth-user.js';
import { citizenParams } from '../citizen-auth/citizen-auth.schema.js';
import { serviceParams } from '../services/services.schema.js';
import {
  type DeliveryView,
  deliveriesQuery,
  deliveryView,
  preferencesBody,
  preferencesView,
  templatesBody,
  templatesView,
} from './notifications.schema.js';
import type { DeliveryRow, NotificationsStore } from './notifications.store.js';

export interface NotificationsRoutesDeps {
  db: Db;
  store: NotificationsStore;
  serviceExists(id: string): Promise<boolean>;
  /** A citizen user may act for this citizen (their own record, or a relative's). */
  canActFor(userId: string, citizenId: string): Promise<boolean>;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function toDeliveryView(r: DeliveryRow): DeliveryView {
  return {
    id: r.id,
    bookingId: r.booking_id,
    citizenId: r.citizen_id,
    serviceId: r.service_id,
    event: r.event as DeliveryView['event'],
    channel: r.channel,
    language: r.language as DeliveryView['language'],
    template: r.template as DeliveryView['template'],
    state: r.state,
    reason: r.reason,
    essential: r.essential,
    attempts: r.attempts,
    lastError: r.last_error,
    providerMessageId: r.provider_message_id,
    recipient: r.recipient,
    text: r.body,
    nextAttemptAt: iso(r.next_attempt_at),
    createdAt: iso(r.created_at) as string,
    updatedAt: iso(r.updated_at) as string,
    sentAt: iso(r.sent_at),
  };
}

/**
 * The record of messages sent to a citizen (staff), what the citizen wants
 * to receive (staff and the citizen), and each service's texts (administrators).
 */
export function notificationsRoutes(deps: NotificationsRoutesDeps): RouteDefinition[] {
  const { store } = deps;

  async function citizenExists(id: string): Promise<void> {
    const rows = await deps.db.query('SELECT 1 FROM citizens WHERE id = $1', [id]);
    if (rows.length === 0) throw notFound('citizen');
  }

  async function preferencesOf(citizenId: string) {
    return { citizenId, ...(await store.preferences(citizenId)) };
  }

  async function setPreferences(
    citizenId: string,
    body: z.infer<typeof preferencesBody>,
    user: AuthUser,
  ) {
    const current = await store.preferences(citizenId);
    await store.savePreferences(
      citizenId,
      { essentialOnly: body.essentialOnly, language: body.language ?? current.language },
      user.id,
    );
    return preferencesOf(citizenId);
  }

  async function templatesOf(serviceId: string): Promise<z.infer<typeof templatesView>> {
    const rows = await store.templates(serviceId);
    const templates = NOTIFICATION_EVENTS.flatMap((event) =>
      MESSAGE_LANGUAGES.map((language) => {
        const own = rows.find((r) => r.event === event && r.language === language);
        const defaultBody = DEFAULT_TEMPLATES[language][event];
        return {
          event,
          language,
          body: own?.body ?? defaultBody,
          custom: own !== undefined,
          defaultBody,
          updatedAt: own ? iso(own.updated_at) : null,
        };
      }),
    );
    return {
      serviceId,
      placeholders: [...PLACEHOLDERS],
      maxLength: MAX_TEMPLATE_LENGTH,
      templates,
    };
  }

  return [
    defineRoute({
      method: 'get',
      path: '/citizens/:id/notifications',
      tag: 'notifications',
      summary:
        'The messages sent to a citizen, newest first: text, channel, state, attempts and the last error (the read is audited)',
      roles: STAFF,
      params: idParams,
      query: deliveriesQuery,
      response: z.array(deliveryView),
      otherResponses: { 404: 'No such citizen' },
      handler: async ({ params, query }) => {
        await citizenExists(params.id);
        const rows = await store.deliveriesOf(params.id, query.limit);
        return { body: rows.map(toDeliveryView) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/citizens/:id/notification-preferences',
      tag: 'notifications',
      summary: "A citizen's message preferences: essential messages only, and the language",
      roles: STAFF,
      params: idParams,
      response: preferencesView,
      otherResponses: { 404: 'No such citizen' },
      handler: async ({ params }) => {
        await citizenExists(params.id);
        return { body: await preferencesOf(params.id) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/citizens/:id/notification-preferences',
      tag: 'notifications',
      summary:
        "Set a citizen's message preferences for them (an operator on the phone); the change is audited",
      roles: STAFF,
      params: idParams,
      body: preferencesBody,
      response: preferencesView,
      otherResponses: { 404: 'No such citizen' },
      handler: async ({ params, body, user }) => {
        await citizenExists(params.id);
        return { body: await setPreferences(params.id, body, user) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/citizens/:citizenId/notification-preferences',
      tag: 'citizen',
      summary: 'The messages I receive about this citizen’s rides: all, or only the essential ones',
      roles: ['citizen'],
      params: citizenParams,
      response: preferencesView,
      otherResponses: { 404: 'No such citizen, or not one this phone may act for' },
      handler: async ({ params, user }) => {
        if (!(await deps.canActFor(user.id, params.citizenId))) throw notFound('citizen');
        return { body: await preferencesOf(params.citizenId) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/me/citizens/:citizenId/notification-preferences',
      tag: 'citizen',
      summary:
        'Choose all messages, or only the essential ones (the car on its way and at the door, news of a ride close at hand)',
      roles: ['citizen'],
      params: citizenParams,
      body: preferencesBody,
      response: preferencesView,
      otherResponses: { 404: 'No such citizen, or not one this phone may act for' },
      handler: async ({ params, body, user }) => {
        if (!(await deps.canActFor(user.id, params.citizenId))) throw notFound('citizen');
        return { body: await setPreferences(params.citizenId, body, user) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/services/:id/message-templates',
      tag: 'services',
      summary:
        "A service's message texts per event and language (its own, or the built-in one), and the placeholders they may use",
      roles: ['admin'],
      params: serviceParams,
      response: templatesView,
      otherResponses: { 404: 'No such service' },
      handler: async ({ params }) => {
        if (!(await deps.serviceExists(params.id))) throw notFound('service');
        return { body: await templatesOf(params.id) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/services/:id/message-templates',
      tag: 'services',
      summary:
        "Set a service's message texts (administrators); a `null` body returns to the built-in text. Messages sent from now use them",
      roles: ['admin'],
      params: serviceParams,
      body: templatesBody,
      response: templatesView,
      otherResponses: {
        400: 'A text uses a placeholder that does not exist',
        404: 'No such service',
      },
      handler: async ({ params, body, user, lang }) => {
        if (!(await deps.serviceExists(params.id))) throw notFound('service');
        const issues = body.templates.flatMap((t, i) => {
          const unknown = t.body === null ? [] : unknownPlaceholders(t.body);
          if (unknown.length === 0) return [];
          const names = unknown.map((n) => `{${n}}`).join(', ');
          const known = PLACEHOLDERS.map((n) => `{${n}}`).join(', ');
          return [
            {
              field: `body.templates.${i}.body`,
              message:
                lang === 'tr'
                  ? `Bilinmeyen yer tutucu: ${names}. Kullanılabilenler: ${known}.`
                  : `Unknown placeholder: ${names}. Available: ${known}.`,
            },
          ];
        });
        if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
        await deps.db.transaction(async (tx) => {
          await store.saveTemplates(params.id, body.templates, user.id, tx);
          await recordAudit(tx, user, {
            action: 'service.message-templates.update',
            entity: 'service',
            entityId: params.id,
            details: {
              changed: body.templates.map((t) => ({
                event: t.event,
                language: t.language,
                reset: t.body === null,
              })),
            },
          });
        });
        return { body: await templatesOf(params.id) };
      },
    }),
  ];
}
