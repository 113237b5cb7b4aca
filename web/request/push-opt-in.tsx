import { Button, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { apiGet, apiRequest } from '../shared/api.js';
import { Announce } from './choices.js';
import { useT } from './messages.js';

type PushState = 'checking' | 'unsupported' | 'denied' | 'off' | 'on' | 'failed';

const SCOPE = '/request/';

function supported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The worker that shows the messages; registering it asks the citizen nothing. */
async function registration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register('/request/sw.js', { scope: SCOPE });
  return navigator.serviceWorker.ready;
}

/** A VAPID key (base64url) as PushManager wants it. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

const sameKey = (a: ArrayBuffer | null, b: Uint8Array) =>
  a !== null && a.byteLength === b.byteLength && new Uint8Array(a).every((x, i) => x === b[i]);

async function tellServer(sub: PushSubscription): Promise<void> {
  await apiRequest('/push/subscriptions', { method: 'POST', body: sub.toJSON() });
}

/**
 * Stops this browser being told, on the server and in the browser: called on
 * sign-out, so the next person on a shared phone gets nobody's messages.
 */
export async function forgetThisBrowser(): Promise<void> {
  if (!supported()) return;
  try {
    const reg = await navigator.serviceWorker.getRegistration(SCOPE);
    const sub = await reg?.pushManager.getSubscription();
    if (!sub) return;
    await apiRequest('/push/subscriptions', {
      method: 'DELETE',
      body: { endpoint: sub.endpoint },
    }).catch(() => undefined);
    await sub.unsubscribe();
  } catch {
    // Signing out goes on: at worst the server forgets the browser at its next 410.
  }
}

/**
 * "Turn on notifications": asked only when the citizen presses it, never on
 * load. A browser already subscribed is told to the server again on each
 * visit (harmless), and subscribed anew if the server's key changed.
 */
export function PushOptIn() {
  const { t } = useT();
  const [state, setState] = useState<PushState>('checking');

  useEffect(() => {
    if (!supported()) return setState('unsupported');
    let live = true;
    void (async () => {
      try {
        const reg = await registration();
        const sub = await reg.pushManager.getSubscription();
        let next: PushState = Notification.permission === 'denied' ? 'denied' : 'off';
        if (sub && Notification.permission === 'granted') {
          const { publicKey } = await apiGet<{ publicKey: string }>('/push/public-key');
          let current = sub;
          // The server's keys were rotated: the old subscription is dead, a new one needs no new permission.
          if (!sameKey(sub.options.applicationServerKey, keyBytes(publicKey))) {
            await sub.unsubscribe();
            current = await reg.pushManager.subscribe({
              userVisibleOnly: true,
              applicationServerKey: keyBytes(publicKey),
            });
          }
          await tellServer(current);
          next = 'on';
        }
        if (live) setState(next);
      } catch {
        if (live) setState('off');
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  async function turnOn() {
    try {
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') return setState(permission === 'denied' ? 'denied' : 'off');
      const reg = await registration();
      const { publicKey } = await apiGet<{ publicKey: string }>('/push/public-key');
      const sub = await reg.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      });
      await tellServer(sub);
      setState('on');
    } catch {
      setState('failed');
    }
  }

  async function turnOff() {
    await forgetThisBrowser();
    setState('off');
  }

  if (state === 'checking') return null;
  return (
    <Stack
      gap="xs"
      mt="xl"
      component="section"
      aria-label={t('push.enable')}
      className="push-opt-in"
    >
      {state === 'unsupported' && <Text>{t('push.unsupported')}</Text>}
      {state === 'denied' && <Text>{t('push.denied')}</Text>}
      {(state === 'off' || state === 'failed') && (
        <>
          <Text>{t('push.why')}</Text>
          <Button variant="default" onClick={() => void turnOn()}>
            {t('push.enable')}
          </Button>
        </>
      )}
      {state === 'on' && (
        <Button variant="default" onClick={() => void turnOff()}>
          {t('push.disable')}
        </Button>
      )}
      <Announce tone={state === 'failed' ? 'error' : undefined}>
        {state === 'on' ? t('push.on') : state === 'failed' ? t('push.failed') : null}
      </Announce>
    </Stack>
  );
}
