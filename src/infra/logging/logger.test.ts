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

  it('keep dates, times and ids readable', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        date: '2026-11-26',
        at: '2026-11-26T10:03:11.466Z',
        id: 'b112844e-76ed-4814-a7a4-34655e44aa82',
      },
      'x',
    );
    const text = lines.join('');
    expect(text).toContain('"date":"2026-11-26"');
    expect(text).toContain('2026-11-26T10:03:11.466Z');
    expect(text).toContain('b112844e-76ed-4814-a7a4-34655e44aa82');
  });
});

describe('masking stays cheap and exact', () => {
  it('keeps ids readable: a UUID is not a phone number', () => {
    const { logger, lines } = capture();
    logger.info({ url: '/api/bookings/00000000-0000-4000-8000-000000000000?phone=05321234567' });
    const text = lines.join('');
    expect(text).toContain('00000000-0000-4000-8000-000000000000');
    expect(text).not.toContain('05321234567');
  });

  it('masks what a serializer let through, not only what was logged', () => {
    class RawRequest {
      readonly socket = { remote: { phone: '05321234567' } };
    }
    const { logger, lines } = capture();
    logger.info({ req: new RawRequest() });
    const text = lines.join('');
    expect(text).not.toContain('05321234567');
  });
});
