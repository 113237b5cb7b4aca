/**
 * Turkish case suffixes for the report sentences ("2021'de", "Anne Taksi'yi",
 * "9 köyden"). A suffix follows the sound of the word as it is read aloud:
 * its last vowel sets the vowel (two-way a/e, four-way ı/i/u/ü), a vowel at
 * the end takes a buffer (y for the accusative), and a voiceless consonant at
 * the end hardens d to t. Numbers are read as words ("2021" ends in "bir",
 * so "2021'de"; "40" is "kırk", so "40'ta"). Proper nouns and numbers take
 * the apostrophe; common nouns are written joined.
 */

const BACK_VOWELS = 'aıou';
const FRONT_VOWELS = 'eiöü';
const VOWELS = `${BACK_VOWELS}${FRONT_VOWELS}âîû`;
/** "Fıstıkçı Şahap": the voiceless consonants that turn a suffix's d into t. */
const VOICELESS = 'fstkçşhp';

export type TurkishCase = 'locative' | 'ablative' | 'accusative' | 'dative';

const UNITS = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const TENS = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
const POWERS = ['', 'bin', 'milyon', 'milyar', 'trilyon'];

/** The last word of a whole number read aloud in Turkish: 2021 → "bir", 1000 → "bin", 0 → "sıfır". */
export function lastSpokenWord(n: number): string {
  let rest = Math.abs(Math.trunc(n));
  if (rest === 0) return 'sıfır';
  for (let power = 0; rest > 0; power++, rest = Math.floor(rest / 1000)) {
    const group = rest % 1000;
    if (group === 0) continue;
    const unit = group % 10;
    const ten = Math.floor(group / 10) % 10;
    const word = unit ? UNITS[unit] : ten ? TENS[ten] : 'yüz';
    // "bin" ends 1000, 20000…; "milyon" ends 2000000, whatever group stands before them.
    return power === 0 ? word! : POWERS[power]!;
  }
  return 'sıfır';
}

function lower(text: string): string {
  return text.toLocaleLowerCase('tr');
}

/** The word whose sound decides the suffix: the last word of a phrase, numbers read aloud. */
function soundOf(word: string): string {
  const last = word.trim().split(/\s+/).at(-1) ?? '';
  const digits = /(\d[\d.]*)$/.exec(last);
  if (digits) return lastSpokenWord(Number(digits[1]!.replaceAll('.', '')));
  return lower(last);
}

function lastVowel(sound: string): string {
  for (let i = sound.length - 1; i >= 0; i--) if (VOWELS.includes(sound[i]!)) return sound[i]!;
  return 'e';
}

function twoWay(vowel: string): 'a' | 'e' {
  return BACK_VOWELS.includes(vowel) || vowel === 'â' || vowel === 'û' ? 'a' : 'e';
}

function fourWay(vowel: string): 'ı' | 'i' | 'u' | 'ü' {
  if (vowel === 'a' || vowel === 'ı') return 'ı';
  if (vowel === 'o' || vowel === 'u' || vowel === 'û') return 'u';
  if (vowel === 'ö' || vowel === 'ü') return 'ü';
  return 'i';
}

/** The suffix alone ("de", "tan", "yı", "ya") that `word` takes in `grammaticalCase`. */
export function turkishSuffix(word: string, grammaticalCase: TurkishCase): string {
  const sound = soundOf(word);
  const end = sound.at(-1) ?? '';
  const endsInVowel = VOWELS.includes(end);
  const hard = VOICELESS.includes(end);
  const vowel = lastVowel(sound);
  switch (grammaticalCase) {
    case 'locative':
      return `${hard ? 't' : 'd'}${twoWay(vowel)}`;
    case 'ablative':
      return `${hard ? 't' : 'd'}${twoWay(vowel)}n`;
    case 'accusative':
      return `${endsInVowel ? 'y' : ''}${fourWay(vowel)}`;
    case 'dative':
      return `${endsInVowel ? 'y' : ''}${twoWay(vowel)}`;
  }
}

/**
 * `word` with its case suffix: after an apostrophe for proper nouns and
 * numbers ("Ekim'de", "2021'de", "Anne Taksi'yi"), joined for common nouns
 * ("köyden", "mahalleye").
 */
export function withSuffix(
  word: string,
  grammaticalCase: TurkishCase,
  kind: 'proper' | 'common' = 'proper',
): string {
  const suffix = turkishSuffix(word, grammaticalCase);
  return kind === 'proper' ? `${word}'${suffix}` : `${word}${suffix}`;
}
