/**
 * Turkish national identity number (T.C. Kimlik No): 11 digits, no leading
 * zero, two check digits. Validating it catches typos on the phone.
 */
export function isValidNationalId(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const d = [...value].map(Number) as number[];
  const at = (i: number) => d[i] ?? 0;
  const odd = at(0) + at(2) + at(4) + at(6) + at(8);
  const even = at(1) + at(3) + at(5) + at(7);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((sum, digit) => sum + digit, 0) % 10;
  return tenth === at(9) && eleventh === at(10);
}

/** Shows only the last two digits: enough to confirm with a caller, useless to a thief. */
export function maskNationalId(value: string): string {
  return `${'*'.repeat(Math.max(0, value.length - 2))}${value.slice(-2)}`;
}

/** Keeps the last two digits of a phone number. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length <= 2 ? '**' : `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}
