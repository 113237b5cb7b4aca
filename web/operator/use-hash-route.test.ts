import { describe, expect, it } from 'vitest';
import { parseRoute } from './use-hash-route.js';

describe('parseRoute', () => {
  it('opens a citizen’s card by id and anything else as the call', () => {
    const id = '7f1c2c8e-93b5-4d6c-9a57-7f5c4a0e1b11';
    expect(parseRoute(`#/citizens/${id}`)).toEqual({ page: 'citizen', id });
    expect(parseRoute('#/citizens/not-an-id')).toEqual({ page: 'call' });
    expect(parseRoute('')).toEqual({ page: 'call' });
    expect(parseRoute('#main')).toEqual({ page: 'call' });
  });
});
