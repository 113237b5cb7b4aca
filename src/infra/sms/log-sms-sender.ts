import { maskedPhone, type SmsSender } from './sms-sender.js';

export interface LogSmsSenderDeps {
  log: { info(obj: object, msg: string): void };
  /**
   * In production the codes in a message are masked too: a log reader must
   * not be able to sign in as a citizen. In development the message is
   * logged as it is, so whoever runs the service can read the code.
   */
  maskCodes: boolean;
}

// One-time codes and any other short digit runs (a long run is masked by the logger already).
const CODE = /\d{4,8}/g;

/** The development sender: it texts nobody and writes each message to the log. */
export function createLogSmsSender({ log, maskCodes }: LogSmsSenderDeps): SmsSender {
  let sent = 0;
  return {
    kind: 'log',
    async send({ to, text }) {
      sent += 1;
      log.info(
        { sms: { to: maskedPhone(to), text: maskCodes ? text.replace(CODE, '••••••') : text } },
        'SMS not sent (development sender): written here instead',
      );
      return { providerMessageId: `log-${sent}` };
    },
  };
}
