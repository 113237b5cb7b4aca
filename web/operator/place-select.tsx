import { type ComboboxParsedItem, Select } from '@mantine/core';
import type { Ref } from 'react';
import { IZMIT_PLACES, NEARBY_HOSPITALS } from '../../src/domain/places/izmit-gazetteer.js';
import { searchPlaces } from '../../src/domain/places/place-search.js';
import { useI18n } from '../shared/i18n.js';

// The gazetteer is small and pure: the picker searches it in the browser, with
// the same Turkish-aware ranking the server uses ("gultepe" finds "Gültepe").
const PLACES = [...IZMIT_PLACES, ...NEARBY_HOSPITALS];
const OPTIONS = PLACES.map((p) => ({ value: p.id, label: p.name }));

function filterPlaces({
  options,
  search,
  limit,
}: {
  options: ComboboxParsedItem[];
  search: string;
  limit: number;
}) {
  if (search.trim() === '') return options.slice(0, limit);
  const byId = new Map(options.flatMap((o) => ('value' in o ? [[o.value, o] as const] : [])));
  return searchPlaces(PLACES, search, { limit })
    .map((place) => byId.get(place.id))
    .filter((o) => o !== undefined);
}

/** A gazetteer place by name; the value is the place id the API takes. */
export function PlaceSelect(props: {
  label: string;
  value: string | null;
  onChange: (placeId: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** A chosen point that is no gazetteer place (a saved street address), shown as the hint. */
  pointLabel?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Select
      ref={props.inputRef}
      label={props.label}
      placeholder={props.pointLabel ?? t('operator.placeHint')}
      description={props.pointLabel}
      data={OPTIONS}
      value={props.value}
      onChange={props.onChange}
      searchable
      // Focus arrives here by itself (after the pickup is chosen): a list opened on focus
      // would cover the saved-address and hospital buttons below. Typing opens it.
      openOnFocus={false}
      clearable
      required={props.required ?? true}
      limit={12}
      filter={filterPlaces}
      nothingFoundMessage={t('operator.noPlace')}
      error={props.error}
    />
  );
}
