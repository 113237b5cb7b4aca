import { Button, Group, Menu, Stack, Text } from '@mantine/core';
import { type Ref, useState } from 'react';
import {
  findPlace,
  IZMIT_PLACES,
  NEARBY_HOSPITALS,
} from '../../src/domain/places/izmit-gazetteer.js';
import { AddressPicker, type AddressValue } from '../shared/address-picker.js';
import { useI18n } from '../shared/i18n.js';
import type { SavedAddressView } from '../shared/types.js';
import type { Spot } from './booking-request.js';
import { PlaceSelect } from './place-select.js';

const HOSPITALS = [...IZMIT_PLACES, ...NEARBY_HOSPITALS].filter((p) => p.kind === 'hospital');
const DOOR_FIELDS = ['street', 'buildingNo', 'floor', 'flat', 'directions'] as const;

export function spotOfPlace(placeId: string | null): Spot | null {
  const place = placeId ? findPlace(placeId) : undefined;
  return place ? { placeId: place.id, label: place.name } : null;
}

/** The form's spot as the address picker holds it (the booking API's location body). */
export function addressValueOf(spot: Spot | null): AddressValue {
  if (!spot) return {};
  return {
    ...(spot.placeId !== null ? { placeId: spot.placeId } : {}),
    ...(spot.label ? { label: spot.label } : {}),
    ...(spot.lat !== undefined && spot.lng !== undefined ? { lat: spot.lat, lng: spot.lng } : {}),
    ...(spot.address ? { address: spot.address } : {}),
  };
}

/** The picker's value back as the form's spot; nothing chosen yet is no spot. */
export function spotOfAddressValue(value: AddressValue): Spot | null {
  if (value.placeId === undefined && value.lat === undefined && !value.address) return null;
  return {
    placeId: value.placeId ?? null,
    label: value.label ?? '',
    ...(value.lat !== undefined && value.lng !== undefined
      ? { lat: value.lat, lng: value.lng }
      : {}),
    address: value.address ?? null,
  };
}

export function spotOfSaved(saved: SavedAddressView): Spot {
  return {
    placeId: saved.placeId,
    label: saved.label,
    lat: saved.lat,
    lng: saved.lng,
    address: saved.address ?? null,
  };
}

/**
 * One end of the ride: the caller's saved addresses in one click, the
 * hospitals in a menu, any neighbourhood or village by name, and, behind one
 * button, the address picker for the door the driver needs (a typed address
 * found, street, building, floor, flat, directions, and a pin on the map).
 */
export function AddressField(props: {
  label: string;
  value: Spot | null;
  onChange: (spot: Spot | null) => void;
  saved: SavedAddressView[];
  homePlaceId?: string | null | undefined;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useI18n();
  const [doorOpen, setDoorOpen] = useState(false);
  const spot = props.value;
  const door = spot?.address ?? {};
  const hasDoor = DOOR_FIELDS.some((f) => door[f]?.trim());

  const isSaved = (s: SavedAddressView) =>
    spot !== null && spot.label === s.label && spot.placeId === s.placeId && spot.lat === s.lat;

  return (
    <Stack gap={6}>
      <PlaceSelect
        label={props.label}
        value={spot?.placeId ?? null}
        onChange={(id) =>
          props.onChange(
            id
              ? {
                  ...(spotOfPlace(id) ?? { placeId: id, label: id }),
                  address: spot?.address ?? null,
                }
              : null,
          )
        }
        error={props.error}
        inputRef={props.inputRef}
        pointLabel={spot && spot.placeId === null ? spot.label : undefined}
      />
      <Group gap={6} wrap="wrap">
        {props.saved.map((s) => (
          <Button
            key={s.id}
            size="compact-md"
            variant={isSaved(s) ? 'filled' : 'light'}
            aria-pressed={isSaved(s)}
            // Both ends show the same buttons: the name says which end this one sets.
            aria-label={`${props.label}: ${s.label}`}
            onClick={() => props.onChange(spotOfSaved(s))}
          >
            {s.label}
          </Button>
        ))}
        {props.homePlaceId && !props.saved.some((s) => s.placeId === props.homePlaceId) && (
          <Button
            size="compact-md"
            variant={spot?.placeId === props.homePlaceId ? 'filled' : 'light'}
            aria-pressed={spot?.placeId === props.homePlaceId}
            aria-label={`${props.label}: ${t('operator.home')}: ${findPlace(props.homePlaceId)?.name}`}
            onClick={() => props.onChange(spotOfPlace(props.homePlaceId ?? null))}
          >
            {t('operator.home')}: {findPlace(props.homePlaceId)?.name}
          </Button>
        )}
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              size="compact-md"
              variant="default"
              aria-label={`${props.label}: ${t('operator.hospitals')}`}
            >
              {t('operator.hospitals')} ▾
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {HOSPITALS.map((h) => (
              <Menu.Item key={h.id} onClick={() => props.onChange(spotOfPlace(h.id))}>
                {h.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button
          size="compact-md"
          variant="subtle"
          aria-expanded={doorOpen}
          onClick={() => setDoorOpen((o) => !o)}
          aria-label={`${props.label}: ${t('operator.door')}`}
        >
          {t('operator.door')}
          {hasDoor ? ' ✓' : ''}
        </Button>
      </Group>
      {spot && hasDoor && !doorOpen && (
        <Text size="sm" c="dimmed">
          {DOOR_FIELDS.map((f) => door[f]?.trim())
            .filter(Boolean)
            .join(', ')}
        </Text>
      )}
      {/* Mounted only while open: a hidden Leaflet map has no size to draw in. */}
      {doorOpen && (
        <AddressPicker
          legend={`${props.label}: ${t('operator.door')}`}
          value={addressValueOf(spot)}
          onChange={(value) => props.onChange(spotOfAddressValue(value))}
        />
      )}
    </Stack>
  );
}
