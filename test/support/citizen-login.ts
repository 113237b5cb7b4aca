import type { TestService } from './service-harness.js';

/** The log records of a captured logger, where the development SMS sender writes each message. */
export type LogRecords = readonly Record<string, unknown>[];

/** The newest sign-in code the development sender logged for a phone (by its last two digits). */
export function lastCodeFor(records: LogRecords, phone: string): string | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const sms = records[i]?.sms as { to?: string; text?: string } | undefined;
    // Other messages (a ride confirmed) go to the same phone: only a sign-in code counts.
    if (sms?.to === `…${phone.slice(-2)}` && sms.text?.includes('giriş kodunuz'))
      return sms.text.match(/\b(\d{6})\b/)?.[1];
  }
  return undefined;
}

/**
 * Signs a citizen in as the page does: asks for a code, reads it from the
 * development sender's log line, and sends it back. Returns the session.
 */
export async function citizenLogin(
  t: TestService,
  records: LogRecords,
  phone: string,
): Promise<{ accessToken: string; refreshToken: string; user: { id: string; role: string } }> {
  const sent = await t.api('POST', '/auth/citizen/code', { body: { phone } });
  if (sent.status !== 202) throw new Error(`code for ${phone}: ${sent.status}`);
  const code = lastCodeFor(records, phone);
  if (!code) throw new Error(`no code logged for ${phone}`);
  const res = await t.api<{
    accessToken: string;
    refreshToken: string;
    user: { id: string; role: string };
  }>('POST', '/auth/citizen/verify', { body: { phone, code } });
  if (res.status !== 200) throw new Error(`verify ${phone}: ${res.status}`);
  return res.body;
}
