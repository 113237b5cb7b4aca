import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

describe('logs', () => {
  it('mask national IDs and phone numbers in fields and in messages', () => {
    const { logger, lines } = capture();
    logger.info(
      { citizen: { nationalId: '12345678950', phone: '0532 123 45 67', mobility: 'none' } },
      'created',
    );
    logger.info('search for 05321234567 by 12345678950');
    const text = lines.join('');
    expect(text).not.toContain('12345678950');
    expect(text).not.toContain('0532 123 45 67');
    expect(text).not.toContain('05321234567');
    expect(text).toContain('"mobility":"none"');
    expect(text).toContain('[masked …67]');
  });
});
