import { createHttpSmsSender } from './http-sms-sender.js';
import { createLogSmsSender } from './log-sms-sender.js';
import type { SmsSender } from './sms-sender.js';

export interface SmsSettings {
  providerUrl: string | undefined;
  authorization: string | undefined;
  senderId: string;
  bodyTemplate: string;
  messageIdPath: string | undefined;
  timeoutMs: number;
}

/** The HTTP provider when SMS_PROVIDER_URL is set; otherwise the development sender that logs. */
export function createSmsSender(
  settings: SmsSettings,
  deps: { log: { info(obj: object, msg: string): void }; production: boolean },
): SmsSender {
  if (settings.providerUrl) return createHttpSmsSender({ ...settings, url: settings.providerUrl });
  return createLogSmsSender({ log: deps.log, maskCodes: deps.production });
}
