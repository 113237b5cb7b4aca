import { z } from 'zod';

// The browser's keys are base64url (P-256 point: 65 bytes; auth secret: 16 bytes).
const base64url = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+=*$/, { message: 'i18n:base64url' });

/** An endpoint a push service gave the browser; see `pushEndpointAllowed` for which hosts. */
export const pushEndpoint = z.url({ protocol: /^https?$/ }).max(2000);

export const pushSubscriptionBody = z.object({
  endpoint: pushEndpoint,
  /** What `PushSubscription.toJSON()` gives; its `expirationTime` is accepted and not kept. */
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: base64url(80, 100), auth: base64url(16, 32) }),
});

export const pushUnsubscribeBody = z.object({ endpoint: pushEndpoint });

export const pushPublicKeyView = z.object({
  /** The VAPID public key, base64url: the page passes it as `applicationServerKey`. */
  publicKey: z.string(),
});

export const pushSubscriptionView = z.object({
  id: z.uuid(),
  endpoint: z.string(),
  createdAt: z.string(),
});
