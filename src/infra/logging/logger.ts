import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';
import { maskPersonalData, maskText } from './mask.js';

export type { Logger };

/** Structured JSON logs with personal data masked before they are written. */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'yoldas' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => maskPersonalData(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === 'string' ? maskText(arg) : arg));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
