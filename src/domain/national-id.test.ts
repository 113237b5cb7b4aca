import { describe, expect, it } from 'vitest';
import { isValidNationalId, maskNationalId, maskPhone } from './national-id.js';

describe('national ID', () => {
  it('accepts numbers whose check digits match', () => {
    expect(isValidNationalId('10000000146')).toBe(true);
    expect(isValidNationalId('12345678950')).toBe(true);
  });
  it('refuses a typo, a leading zero and the wrong length', () => {
    expect(isValidNationalId('10000000147')).toBe(false);
    expect(isValidNationalId('01234567890')).toBe(false);
    expect(isValidNationalId('1234567895')).toBe(false);
    expect(isValidNationalId('1234567895a')).toBe(false);
  });
  it('masks all but the last two digits', () => {
    expect(maskNationalId('12345678950')).toBe('*********50');
    expect(maskPhone('+90 532 123 45 67')).toBe('**********67');
  });
});
