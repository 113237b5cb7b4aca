import { describe, expect, it } from 'vitest';
import { createLogger } from '../infra/logging/logger.js';
import { errorHandler } from './errors.js';

/** Runs the error handler on `err` and returns what it answered. */
function answer(err: unknown) {
  const out: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const res = {
    headersSent: false,
    setHeader(name: string, value: string) {
      out.headers[name] = value;
    },
    status(code: number) {
      out.status = code;
      return this;
    },
    json(body: unknown) {
      out.body = body;
      return this;
    },
  };
  errorHandler(createLogger('silent'))(err, { headers: {} } as never, res as never, () => {});
  return out;
}

describe('error answers', () => {
  it('answer a lost database connection with 503 and a time to retry, not 500', () => {
    const dropped = Object.assign(new Error('Connection terminated unexpectedly'), {});
    expect(answer(dropped).status).toBe(503);
    expect(answer(dropped).headers['Retry-After']).toBe('5');
    expect(
      answer(Object.assign(new Error('terminating connection'), { code: '57P01' })).status,
    ).toBe(503);
  });
  it('keep an unknown fault a 500', () => {
    expect(answer(new Error('boom')).status).toBe(500);
  });
});
