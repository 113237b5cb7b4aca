import type { Place, PlaceKind } from './place.js';
import { isDesignator, placeKeyWords, prefixEditDistance } from './turkish-text.js';

/** Options of {@link searchPlaces}. */
export interface PlaceSearchOptions {
  /** At most this many results (default 10). */
  readonly limit?: number;
  /** Only places of these kinds (default: all). */
  readonly kinds?: readonly PlaceKind[];
}

interface PlaceKey {
  /** Meaningful words joined by one space, e.g. `yahya kaptan`. */
  readonly spaced: string;
  /** The same without spaces, so `YAHYAKAPTAN` meets `Yahya Kaptan`. */
  readonly compact: string;
  readonly words: readonly string[];
}

// Match quality, best first. The gaps leave room for the fuzzy tier to
// subtract its edit distance and still rank below a substring.
const EXACT = 100;
const PREFIX = 80;
const WORD_PREFIX = 60;
const SUBSTRING = 40;
const FUZZY = 20;

const keyCache = new WeakMap<Place, PlaceKey>();

function keyOf(text: string): PlaceKey {
  const words = placeKeyWords(text);
  return { spaced: words.join(' '), compact: words.join(''), words };
}

function placeKey(place: Place): PlaceKey {
  let key = keyCache.get(place);
  if (!key) {
    key = keyOf(place.name);
    keyCache.set(place, key);
  }
  return key;
}

// Short words tolerate no typo (too many false friends among 4-letter names).
function allowedTypos(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

function fuzzyScore(q: PlaceKey, n: PlaceKey): number {
  const whole = allowedTypos(q.compact.length);
  if (whole > 0) {
    const d = prefixEditDistance(q.compact, n.compact, whole);
    if (d <= whole) return FUZZY - d;
  }
  let worst = 0;
  for (const qw of q.words) {
    const allowed = allowedTypos(qw.length);
    let best = allowed + 1;
    for (const nw of n.words) {
      best = Math.min(best, prefixEditDistance(qw, nw, allowed));
      if (best === 0) break;
    }
    if (best > allowed) return 0;
    worst = Math.max(worst, best);
  }
  return FUZZY - worst;
}

function score(q: PlaceKey, place: Place): number {
  const n = placeKey(place);
  if (n.spaced === q.spaced || n.compact === q.compact || place.id === q.spaced) return EXACT;
  if (n.spaced.startsWith(q.spaced) || n.compact.startsWith(q.compact)) return PREFIX;
  if (q.words.every((qw) => n.words.some((nw) => nw.startsWith(qw)))) return WORD_PREFIX;
  if (n.spaced.includes(q.spaced) || n.compact.includes(q.compact)) return SUBSTRING;
  return fuzzyScore(q, n);
}

function designatedKind(q: PlaceKey): PlaceKind | undefined {
  if (!q.words.every(isDesignator)) return undefined;
  return q.words.some((w) => w.startsWith('m')) ? 'mahalle' : 'koy';
}

/**
 * Finds places by name, Turkish-aware: `İ/ı/i/I`, `ş/s`, `ğ/g`, `ç/c`, `ö/o`,
 * `ü/u` all match each other, diacritics may be missing, spaces may be
 * missing (`YAHYAKAPTAN`), and "mah." / "mahallesi" / "mh" / "köyü" are
 * ignored. Results are ranked exact > prefix > word prefix > substring >
 * fuzzy (one typo from 4 letters, two from 8), then shorter names first.
 * A query of designators only ("mahallesi", "köy") lists places of that
 * kind. An empty query returns nothing.
 */
export function searchPlaces(
  places: readonly Place[],
  query: string,
  options: PlaceSearchOptions = {},
): Place[] {
  const limit = options.limit ?? 10;
  const q = keyOf(query);
  if (q.compact.length === 0 || limit <= 0) return [];
  let kinds = options.kinds ? new Set(options.kinds) : undefined;
  // A query of designators only ("mahallesi", "köy") asks for a kind, not a name.
  const designated = designatedKind(q);
  if (designated) {
    if (kinds && !kinds.has(designated)) return [];
    kinds = new Set([designated]);
  }
  const hits: { place: Place; score: number }[] = [];
  for (const place of places) {
    if (kinds && !kinds.has(place.kind)) continue;
    const s = designated ? EXACT : score(q, place);
    if (s > 0) hits.push({ place, score: s });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.place.name.length - b.place.name.length ||
      a.place.name.localeCompare(b.place.name, 'tr'),
  );
  return hits.slice(0, limit).map((h) => h.place);
}
