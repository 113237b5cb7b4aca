import { type Logger, pino } from 'pino';

/** A pino logger that keeps its records in memory, for asserting warnings (and their lack of personal data). */
export function captureLogger(): {
  logger: Logger;
  records: Record<string, unknown>[];
  text: () => string;
} {
  const records: Record<string, unknown>[] = [];
  const lines: string[] = [];
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        lines.push(line);
        records.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  );
  return { logger, records, text: () => lines.join('') };
}
