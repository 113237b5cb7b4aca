import { foldTurkish } from './turkish-text.js';

/**
 * A Turkish door address as typed, taken apart: "Kadıköy Mah. Cumhuriyet
 * Cad. No: 12 Kat 3 D. 5" gives the neighbourhood `Kadıköy`, the street
 * `Cumhuriyet Cad.`, building `12`, floor `3`, flat `5`. Parts keep the
 * caller's spelling; only designators are recognised, in any case and with
 * or without Turkish letters.
 */
export interface ParsedAddress {
  /** The neighbourhood or village name without its designator: `Kadıköy`, `Arızlı`. */
  readonly area?: string;
  /** What the designator said the area is; absent when none was written. */
  readonly areaKind?: 'mahalle' | 'koy';
  /** The street with its designator as typed: `Cumhuriyet Cad.`, `1234. Sokak`. */
  readonly street?: string;
  readonly buildingNo?: string;
  readonly floor?: string;
  readonly flat?: string;
  /**
   * Comma-separated parts the parser could not place (a building's name, a
   * neighbourhood written without "Mah."), in order. The district and
   * province (`İzmit`, `Kocaeli`) and the postcode are dropped.
   */
  readonly rest: readonly string[];
}

// Folded designators (see foldTurkish): "Mahallesi", "MAH.", "mh" all fold to one of these.
const MAHALLE = new Set(['mah', 'mh', 'mhl', 'mahalle', 'mahallesi']);
const KOY = new Set(['koy', 'koyu', 'ky']);
const STREET = new Set([
  'cad',
  'cd',
  'cadde',
  'caddesi',
  'sk',
  'sok',
  'sokak',
  'sokagi',
  'bulvar',
  'bulvari',
  'blv',
  'bul',
  'yolu',
  'meydani',
  'cikmazi',
]);
const NUMBER = new Set(['no', 'numara', 'nu']);
const FLOOR = new Set(['kat', 'k']);
const FLAT = new Set(['daire', 'd', 'dr', 'dai']);
const FLOOR_WORDS = new Set(['zemin', 'bodrum', 'giris', 'cati', 'bahce']);
// The district, province and country add nothing inside İzmit's service area.
const REGION = new Set(['izmit', 'kocaeli', 'turkiye', 'turkey']);

// "No12", "D.5", "K:3": a designator glued to its number.
const GLUED = /^(no|kat|k|daire|d)[.:]?(\d\S*)$/i;

const key = (token: string) => foldTurkish(token).replace(/ /g, '');
const isNumberish = (token: string) => /^-?\d/.test(token);
const cleanValue = (token: string) => token.replace(/[.]+$/, '');
const isRegion = (token: string) => {
  const words = foldTurkish(token).split(' ');
  return words.every((w) => REGION.has(w) || /^41\d{3}$/.test(w) || w === '');
};

function tokenise(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.match(/[^\s,;]+|[,;]/g) ?? []) {
    for (const part of raw.split(':')) {
      if (part === '') continue;
      const glued = GLUED.exec(part);
      if (glued) tokens.push(glued[1]!, glued[2]!);
      else tokens.push(part);
    }
  }
  return tokens;
}

/**
 * Takes a typed Turkish address apart. Recognised designators: Mah. /
 * Mh. / Mahallesi, Köyü, Cad. / Cd. / Caddesi, Sk. / Sok. / Sokak / Sokağı,
 * Bulvarı / Blv., Yolu, No / No: / Kapı No, Kat / K:, D. / Daire / İç Kapı No.
 * `No: 12/5` means building 12, flat 5 (dış kapı / iç kapı). A bare number
 * right after the street is the building number. Nothing is guessed beyond
 * that: whatever is left is returned in `rest`.
 */
export function parseTurkishAddress(text: string): ParsedAddress {
  const tokens = tokenise(text);
  const out: {
    area?: string;
    areaKind?: 'mahalle' | 'koy';
    street?: string;
    buildingNo?: string;
    floor?: string;
    flat?: string;
    rest: string[];
  } = { rest: [] };
  let pending: string[] = [];

  const setBuilding = (value: string) => {
    const [building, inner] = cleanValue(value).split('/');
    if (!out.buildingNo && building) out.buildingNo = building;
    if (!out.flat && inner) out.flat = inner;
  };
  const flush = () => {
    const words = pending.filter((w) => !isRegion(w));
    pending = [];
    if (words.length === 0) return;
    if (words.length === 1 && isNumberish(words[0]!) && out.street && !out.buildingNo) {
      setBuilding(words[0]!);
    } else {
      out.rest.push(words.join(' '));
    }
  };
  const valueAt = (i: number, accept: (t: string) => boolean) => {
    const t = tokens[i];
    return t !== undefined && t !== ',' && t !== ';' && accept(t) ? cleanValue(t) : undefined;
  };
  const isFloorValue = (t: string) => isNumberish(t) || FLOOR_WORDS.has(key(t));

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === ',' || token === ';') {
      flush();
      continue;
    }
    const k = key(token);
    if ((MAHALLE.has(k) || KOY.has(k)) && pending.some((w) => !isRegion(w))) {
      out.area = pending.filter((w) => !isRegion(w)).join(' ');
      out.areaKind = MAHALLE.has(k) ? 'mahalle' : 'koy';
      pending = [];
    } else if (STREET.has(k) && pending.length > 0) {
      const name = [...pending, token].join(' ');
      out.street = out.street ? `${out.street} ${name}` : name;
      pending = [];
    } else if (
      k === 'ic' &&
      key(tokens[i + 1] ?? '') === 'kapi' &&
      NUMBER.has(key(tokens[i + 2] ?? ''))
    ) {
      const value = valueAt(i + 3, isNumberish);
      if (value) out.flat ??= value;
      i += value ? 3 : 2;
    } else if (k === 'kapi' && NUMBER.has(key(tokens[i + 1] ?? ''))) {
      // "Kapı No: 12" is the building number; the "No" that follows does the work.
    } else if (NUMBER.has(k) && valueAt(i + 1, isNumberish)) {
      flush();
      setBuilding(tokens[++i]!);
    } else if (FLOOR.has(k) && valueAt(i + 1, isFloorValue)) {
      out.floor ??= valueAt(++i, isFloorValue);
    } else if (k === 'kat' && pending.length > 0 && isFloorValue(pending.at(-1)!)) {
      // "3. Kat", "Zemin Kat": the floor came first.
      out.floor ??= cleanValue(pending.pop()!);
    } else if (FLAT.has(k) && valueAt(i + 1, isNumberish)) {
      out.flat ??= valueAt(++i, isNumberish);
    } else {
      pending.push(token);
    }
  }
  flush();
  return out;
}

// Written out, so a geocoder that does not know Turkish abbreviations still matches the name.
const LONG_FORM: Readonly<Record<string, string>> = {
  cad: 'Caddesi',
  cd: 'Caddesi',
  sk: 'Sokak',
  sok: 'Sokak',
  blv: 'Bulvarı',
  bul: 'Bulvarı',
};

/**
 * The parsed address as a query for a street-level geocoder (Nominatim):
 * street with its designator written out and the building number, then the
 * area, then the district. Floor and flat are left out: no map knows them.
 */
export function addressQuery(parsed: ParsedAddress, district = 'İzmit'): string {
  const street = parsed.street
    ?.split(' ')
    .map((w) => LONG_FORM[key(w)] ?? w)
    .join(' ');
  const area = parsed.area
    ? `${parsed.area} ${parsed.areaKind === 'koy' ? 'Köyü' : 'Mahallesi'}`
    : undefined;
  return [[street, parsed.buildingNo].filter(Boolean).join(' '), area, ...parsed.rest, district]
    .filter((p) => p !== undefined && p !== '')
    .join(', ');
}
