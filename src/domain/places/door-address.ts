import type { LatLng } from './place.js';
import { foldTurkish } from './turkish-text.js';

/**
 * The door beyond the point: what a driver needs once in the street. A
 * gazetteer point is a neighbourhood's centre; this says which building,
 * which floor, which flat, and anything else ("the green gate behind the
 * mosque"). Every part is optional text, written as the caller wrote it.
 */
export interface DoorAddress {
  /** `Cumhuriyet Cad.`, `1234. Sokak`. */
  readonly street?: string;
  /** Building (kapı) number: `12`, `12A`, `12/1`. */
  readonly buildingNo?: string;
  /** `3`, `Zemin`, `Bodrum`. */
  readonly floor?: string;
  /** Flat (daire / iç kapı) number: `5`. */
  readonly flat?: string;
  /** Free directions for the driver; shown apart from the address line. */
  readonly directions?: string;
}

/** The keys of {@link DoorAddress}, in display order. */
export const DOOR_ADDRESS_FIELDS = ['street', 'buildingNo', 'floor', 'flat', 'directions'] as const;

/**
 * The address with blank parts dropped and the rest trimmed; `null` when
 * nothing is left, so "no door address" has one spelling.
 */
export function compactDoorAddress(
  address: Partial<Record<keyof DoorAddress, string | null | undefined>> | null | undefined,
): DoorAddress | null {
  if (!address) return null;
  const out: Record<string, string> = {};
  for (const key of DOOR_ADDRESS_FIELDS) {
    const value = address[key]?.trim();
    if (value) out[key] = value;
  }
  return Object.keys(out).length > 0 ? (out as DoorAddress) : null;
}

/** An address line and, apart, the driver's directions. */
export interface FormattedAddress {
  /** `Cumhuriyet Cad. No: 12, Kat 3, Daire 5, Kadıköy Mah.` */
  readonly line: string;
  readonly directions: string | null;
}

// "3" reads as "Kat 3"; "Zemin kat" or "Bodrum" already says what it is.
function withDesignator(value: string, designator: string): string {
  return /^\d/.test(value) ? `${designator} ${value}` : value;
}

/**
 * The address as a Turkish address line, the way it is written on an
 * envelope and read aloud to a driver: street and number, floor, flat, then
 * the place's label (neighbourhood or village). The designators (`No:`,
 * `Kat`, `Daire`) stay Turkish in either interface language: they are part
 * of the address, not of the interface. A street the label already names is
 * not repeated.
 */
export function formatAddress(label: string, address: DoorAddress | null): FormattedAddress {
  const a = compactDoorAddress(address) ?? {};
  const place = label.trim();
  const street = a.street && !foldTurkish(place).includes(foldTurkish(a.street)) ? a.street : '';
  const number = a.buildingNo ? `No: ${a.buildingNo}` : '';
  const parts = [
    [street, number].filter(Boolean).join(' '),
    a.floor ? withDesignator(a.floor, 'Kat') : '',
    a.flat ? withDesignator(a.flat, 'Daire') : '',
    place,
  ].filter((p) => p !== '');
  return { line: parts.join(', '), directions: a.directions ?? null };
}

/**
 * A `geo:` URI (RFC 5870, with the `q=lat,lng(label)` query Android reads)
 * that opens the phone's navigation app on the point with the label as the
 * pin's name. Chosen over a web maps link because Android hands it to
 * whichever navigation app the driver uses (Google Maps, Yandex Navigasyon,
 * OsmAnd) without tying the municipality to one vendor. Parentheses in the
 * label would end the name early, so they are encoded as well.
 */
export function navigationUri(point: LatLng, label: string): string {
  // Six decimals are ~10 cm: more says nothing, and trailing zeros are dropped.
  const at = `${Number(point.lat.toFixed(6))},${Number(point.lng.toFixed(6))}`;
  const name = encodeURIComponent(label.trim()).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return name ? `geo:${at}?q=${at}(${name})` : `geo:${at}?q=${at}`;
}
