import { Button, Collapse, Group, Menu, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type Ref, useState } from 'react';
import {
  findPlace,
  IZMIT_PLACES,
  NEARBY_HOSPITALS,
} from '../../src/domain/places/izmit-gazetteer.js';
import { useI18n } from '../shared/i18n.js';
import type { DoorAddress, SavedAddressView } from '../shared/types.js';
import type { Spot } from './booking-request.js';
import { PlaceSelect } from './place-select.js';

const HOSPITALS = [...IZMIT_PLACES, ...NEARBY_HOSPITALS].filter((p) => p.kind === 'hospital');
const DOOR_FIELDS = ['street', 'buildingNo', 'floor', 'flat', 'directions'] as const;

export function spotOfPlace(placeId: string | null): Spot | null {
  const place = placeId ? findPlace(placeId) : undefined;
  return place ? { placeId: place.id, label: place.name } : null;
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
 * hospitals in a menu, any neighbourhood or village by name, and the door
 * (floor, flat, directions) the driver needs at the building.
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

  function setDoor(field: keyof DoorAddress, text: string) {
    if (!spot) return;
    props.onChange({ ...spot, address: { ...door, [field]: text } });
  }

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
          disabled={!spot}
          aria-expanded={doorOpen || hasDoor}
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
      <Collapse expanded={doorOpen && spot !== null}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {DOOR_FIELDS.filter((f) => f !== 'directions').map((f) => (
            <TextInput
              key={f}
              size="sm"
              label={`${props.label}: ${t(`door.${f}`)}`}
              value={door[f] ?? ''}
              onChange={(e) => setDoor(f, e.currentTarget.value)}
            />
          ))}
        </SimpleGrid>
        <TextInput
          size="sm"
          mt="xs"
          label={`${props.label}: ${t('door.directions')}`}
          value={door.directions ?? ''}
          onChange={(e) => setDoor('directions', e.currentTarget.value)}
        />
      </Collapse>
    </Stack>
  );
}
