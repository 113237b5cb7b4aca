/*
 * Turkish-aware text folding for place search.
 *
 * People type place names every way: with or without diacritics, in capitals
 * on a phone whose keyboard is English ("ISLAHIYE") or Turkish ("İSLAHİYE"),
 * with "mah." or "mahallesi" or nothing. Everything is folded to a plain
 * ASCII lower-case key so that all of these meet.
 */

// Words that only say what kind of place it is; they are dropped from keys so
// that "Körfez mah.", "Körfez Mahallesi" and "körfez" are the same query.
const DESIGNATORS: ReadonlySet<string> = new Set([
  'mah',
  'mh',
  'mhl',
  'mahalle',
  'mahallesi',
  'koy',
  'koyu',
  'ky',
]);

/**
 * Folds text to lower-case ASCII words separated by single spaces.
 * Turkish casing rules come first (I → ı, İ → i), then every letter loses its
 * diacritics and ı becomes i, so `İ`, `I`, `ı` and `i` all meet at `i`.
 */
export function foldTurkish(text: string): string {
  return text
    .toLocaleLowerCase('tr-TR')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The words of a place name or query that identify it: folded, with
 * designators ("mah.", "mahallesi", "köyü") removed. If nothing but
 * designators was typed, they are kept, so a search for "köy" still means
 * something.
 */
export function placeKeyWords(text: string): string[] {
  const words = foldTurkish(text)
    .split(' ')
    .filter((w) => w.length > 0);
  const meaningful = words.filter((w) => !DESIGNATORS.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/** Whether a folded word only names a kind of place ("mah", "köyü"); see {@link placeKeyWords}. */
export function isDesignator(word: string): boolean {
  return DESIGNATORS.has(word);
}

/**
 * The smallest edit distance between `word` and any prefix of `target`
 * (capped like {@link editDistance}), so that a typo in a word still being
 * typed counts: `umutepe` is one edit from the start of `umuttepe`.
 */
export function prefixEditDistance(word: string, target: string, max: number): number {
  let best = max + 1;
  const from = Math.max(0, word.length - max);
  const to = Math.min(target.length, word.length + max);
  for (let len = from; len <= to && best > 0; len++) {
    best = Math.min(best, editDistance(word, target.slice(0, len), max));
  }
  return best;
}

/**
 * Edit distance (Levenshtein, with adjacent transpositions counted as one
 * edit), giving up early once `max` is exceeded: returns `max + 1` then.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
