import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalIdSchema, phoneSchema } from '../features/citizens/citizens.schema.js';
import { createVehicleBody } from '../features/fleet/fleet.schema.js';
import { INPUT_RULES } from './openapi-names.js';

// Phone-like text: digits with the separators people type, sometimes a + or a leading 0.
const separator = fc.constantFrom('', ' ', '-', '.', '(', ')', '  ');
const phoneLike = fc
  .tuple(
    fc.constantFrom('', '+90', '+9 0', '0', '90', '+', '00'),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), separator), { minLength: 8, maxLength: 12 }),
    separator,
  )
  .map(([prefix, digits, end]) => `${prefix}${digits.map(([d, s]) => `${d}${s}`).join('')}${end}`);

describe('what the documents say a field accepts', () => {
  it('the phone pattern accepts exactly what the phone schema accepts', () => {
    const pattern = new RegExp(INPUT_RULES.phone, 'u');
    fc.assert(
      fc.property(fc.oneof(phoneLike, fc.string()), (text) => {
        expect(pattern.test(text)).toBe(phoneSchema.safeParse(text).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('the national-ID pattern accepts every ID the schema accepts (the check digits are beyond it)', () => {
    const pattern = new RegExp(INPUT_RULES.nationalId, 'u');
    const idLike = fc
      .tuple(fc.constantFrom('', ' '), fc.stringMatching(/^\d{10,12}$/), fc.constantFrom('', ' '))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(idLike, fc.string()), (text) => {
        if (nationalIdSchema.safeParse(text).success) expect(pattern.test(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(pattern.test('10000000146')).toBe(true);
    expect(pattern.test('01234567890')).toBe(false);
  });

  it('the plate pattern accepts exactly the plates the vehicle schema accepts', () => {
    const pattern = new RegExp(INPUT_RULES.plate, 'u');
    const plateLike = fc
      .tuple(
        fc.stringMatching(/^\d{1,3}$/),
        separator,
        fc.stringMatching(/^[A-Za-z]{0,4}$/),
        separator,
        fc.stringMatching(/^\d{1,6}$/),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(plateLike, (text) => {
        expect(pattern.test(text)).toBe(createVehicleBody.shape.plate.safeParse(text).success);
      }),
      { numRuns: 2000 },
    );
  });
});
