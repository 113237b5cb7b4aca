import { defineRoute, type RouteDefinition } from '../../http/route.js';
import {
  pushPublicKeyView,
  pushSubscriptionBody,
  pushSubscriptionView,
  pushUnsubscribeBody,
} from './push.schema.js';
import type { PushService } from './push.service.js';

const CITIZEN = ['citizen'] as const;

/** Web Push for the request page: the browser of a signed-in citizen (or relative) asks to be told. */
export function pushRoutes(push: PushService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/push/public-key',
      tag: 'citizen',
      summary: "The server's VAPID public key, the page's applicationServerKey when it subscribes",
      roles: CITIZEN,
      response: pushPublicKeyView,
      handler: async () => ({ body: push.publicKey() }),
    }),
    defineRoute({
      method: 'post',
      path: '/push/subscriptions',
      tag: 'citizen',
      summary:
        "Tell this browser of my rides (and those of the citizens I act for) by Web Push: the browser's PushSubscription. Repeating it is harmless",
      roles: CITIZEN,
      body: pushSubscriptionBody,
      response: pushSubscriptionView,
      successStatus: 201,
      otherResponses: { 400: 'Not a subscription of a known push service' },
      handler: async ({ user, body }) => ({
        status: 201,
        body: await push.subscribe(user, body),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/push/subscriptions',
      tag: 'citizen',
      summary: 'Stop telling this browser (by its endpoint); done also when it was not subscribed',
      roles: CITIZEN,
      body: pushUnsubscribeBody,
      successStatus: 204,
      handler: async ({ user, body }) => {
        await push.unsubscribe(user, body.endpoint);
        return { status: 204 };
      },
    }),
  ];
}
