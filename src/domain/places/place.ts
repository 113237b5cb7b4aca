/**
 * What kind of place a gazetteer entry is. Villages (`koy`) are legally
 * neighbourhoods since 2014 but people still call them "köy", and rides from
 * one village are shared, so the distinction is kept.
 */
export type PlaceKind =
  | 'mahalle'
  | 'koy'
  | 'hospital'
  | 'health-centre'
  | 'vaccination-centre'
  | 'depot';

/** A WGS84 point in decimal degrees. */
export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

/** A named point of the offline gazetteer. */
export interface Place extends LatLng {
  /** Stable kebab-case slug, e.g. `yahya-kaptan-mah`, `kocaeli-devlet-hastanesi`; never renamed. */
  readonly id: string;
  /** The name as written in Turkish, e.g. `Yahya Kaptan Mahallesi`. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** The district (ilçe), e.g. `İzmit`. */
  readonly district: string;
}
