import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { type DoorAddress, formatAddress } from '../../src/domain/places/door-address.js';
import type { locationSchema } from '../../src/features/citizens/citizens.schema.js';
import type { PlaceView } from '../../src/features/places/places.schema.js';
import { ApiError, apiGet } from './api.js';
import { useI18n } from './i18n.js';
import { type LatLngValue, type MapSettings, PinMap } from './pin-map.js';

/**
 * The booking API's location body (`pickup`, `dropoff`, a citizen's `home`),
 * typed from the server's schema: a place id, or a point with a label, and
 * the door address. Send it as it is.
 */
export type AddressValue = z.input<typeof locationSchema>;

interface Suggestion {
  label: string;
  placeId: string;
  mainText: string;
}

type DoorField = 'street' | 'buildingNo' | 'floor' | 'flat' | 'directions';

let settingsRequest: Promise<MapSettings> | undefined;
/** The tile server and starting view, asked once per page. */
function loadMapSettings(): Promise<MapSettings> {
  settingsRequest ??= apiGet<MapSettings>('/places/map-settings').catch((error: unknown) => {
    settingsRequest = undefined;
    throw error;
  });
  return settingsRequest;
}

/** The door parts with blank ones left out; undefined when none is left. */
function cleanDoor(address: DoorAddress | undefined): DoorAddress | undefined {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(address ?? {})) if (v?.trim()) out[k] = v;
  return Object.keys(out).length > 0 ? (out as DoorAddress) : undefined;
}

/**
 * The API books gazetteer ids only; a Google place id (with a key set) goes
 * as its point and label instead.
 */
function bookablePlaceId(place: PlaceView): string | undefined {
  return place.source === 'gazetteer' && place.placeId ? place.placeId : undefined;
}

/** The value with `patch` applied and blank door parts dropped, as the API wants it. */
function withChanges(value: AddressValue, patch: Partial<AddressValue>): AddressValue {
  const next: AddressValue = { ...value, ...patch };
  const address = cleanDoor(next.address);
  if (address) next.address = address;
  else delete next.address;
  for (const key of ['placeId', 'label', 'lat', 'lng'] as const) {
    if (next[key] === undefined) delete next[key];
  }
  return next;
}

/**
 * A door address for the operator console: the typed address found through
 * the places API (the building with Nominatim, else the neighbourhood), the
 * neighbourhood or village searched by name, street, building, floor, flat
 * and directions, and a map where the pin is dropped or dragged. A pin
 * always wins over a place id: the point is what the driver drives to.
 */
export function AddressPicker(props: {
  value: AddressValue;
  onChange: (value: AddressValue) => void;
  /** Heading for the whole picker, e.g. "Alış adresi". */
  legend?: string;
}) {
  const { t } = useI18n();
  const { value, onChange } = props;
  const [typed, setTyped] = useState('');
  const [finding, setFinding] = useState(false);
  const [candidates, setCandidates] = useState<PlaceView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [precision, setPrecision] = useState<PlaceView['precision']>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [focus, setFocus] = useState<LatLngValue | null>(null);
  const [settings, setSettings] = useState<MapSettings | null>(null);
  const [areaSearch, setAreaSearch] = useState('');
  const [areas, setAreas] = useState<Suggestion[]>([]);
  // The latest value, for answers that arrive after the operator typed on.
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    loadMapSettings()
      .then(setSettings)
      .catch(() => setError(t('error.network')));
  }, [t]);

  useEffect(() => {
    const q = areaSearch.trim();
    if (q.length < 2) return;
    const timer = setTimeout(() => {
      apiGet<Suggestion[]>(`/places/suggest?q=${encodeURIComponent(q)}&limit=8`)
        .then(setAreas)
        .catch(() => setAreas([]));
    }, 200);
    return () => clearTimeout(timer);
  }, [areaSearch]);

  const door = value.address ?? {};
  const setDoor = (field: DoorField, text: string) =>
    onChange(
      withChanges(latest.current, { address: { ...latest.current.address, [field]: text } }),
    );

  async function find() {
    if (typed.trim().length < 3) return;
    setFinding(true);
    setError(null);
    try {
      setCandidates(
        await apiGet<PlaceView[]>(`/places/geocode?q=${encodeURIComponent(typed)}&limit=5`),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('error.network'));
    } finally {
      setFinding(false);
    }
  }

  function use(c: PlaceView) {
    // Directions are the caller's words: a found address never replaces them.
    const directions = latest.current.address?.directions;
    onChange(
      withChanges(latest.current, {
        placeId: bookablePlaceId(c),
        label: c.label,
        lat: c.lat,
        lng: c.lng,
        address: { ...(c.address ?? {}), ...(directions ? { directions } : {}) },
      }),
    );
    setPrecision(c.precision);
    setRefusal(c.refusal?.message ?? null);
    setFocus({ lat: c.lat, lng: c.lng });
    setCandidates(null);
  }

  async function pickArea(placeId: string | null) {
    if (!placeId) return;
    try {
      const place = await apiGet<PlaceView>(`/places/${encodeURIComponent(placeId)}`);
      onChange(
        withChanges(latest.current, {
          placeId: bookablePlaceId(place),
          label: place.label,
          lat: place.lat,
          lng: place.lng,
        }),
      );
      setPrecision('neighbourhood');
      setRefusal(place.refusal?.message ?? null);
      setFocus({ lat: place.lat, lng: place.lng });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('error.network'));
    }
  }

  async function dropPin(point: LatLngValue) {
    // The pin decides the point: the place id goes, the label stays until the lookup names the spot.
    onChange(
      withChanges(latest.current, {
        placeId: undefined,
        lat: point.lat,
        lng: point.lng,
        label: latest.current.label ?? '',
      }),
    );
    setPrecision(null);
    try {
      const named = await apiGet<PlaceView>(`/places/reverse?lat=${point.lat}&lng=${point.lng}`);
      const now = latest.current;
      if (now.lat !== point.lat || now.lng !== point.lng) return;
      onChange(withChanges(now, { label: named.label }));
      setRefusal(named.refusal?.message ?? null);
    } catch {
      // The pin stands without a name; the operator can still book it.
    }
  }

  const pin =
    value.lat !== undefined && value.lng !== undefined ? { lat: value.lat, lng: value.lng } : null;
  const areaOptions = [
    ...(value.placeId && value.label ? [{ value: value.placeId, label: value.label }] : []),
    ...areas
      .filter((a) => a.placeId !== value.placeId)
      .map((a) => ({ value: a.placeId, label: a.label })),
  ];

  return (
    <Paper withBorder p="md" component="fieldset" style={{ minWidth: 0 }}>
      {props.legend && (
        <Text component="legend" fw={600} px={4}>
          {props.legend}
        </Text>
      )}
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap" gap="xs">
          <TextInput
            style={{ flex: '1 1 16rem' }}
            label={t('address.typed')}
            placeholder={t('address.typedHint')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void find();
              }
            }}
          />
          <Button onClick={() => void find()} loading={finding}>
            {t('address.find')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {candidates?.length === 0 && <Alert color="yellow">{t('address.noCandidate')}</Alert>}
        {candidates && candidates.length > 0 && (
          <Stack gap={4} component="ul" aria-label={t('address.candidates')} p={0} m={0}>
            {candidates.map((c) => {
              const line = formatAddress(c.label, c.address).line;
              return (
                <Group
                  key={`${c.source}:${c.lat},${c.lng}`}
                  component="li"
                  justify="space-between"
                  wrap="wrap"
                  gap="xs"
                  style={{ listStyle: 'none' }}
                >
                  <Stack gap={0} style={{ flex: '1 1 14rem' }}>
                    <Text>{line}</Text>
                    {c.precision && (
                      <Text size="sm" c="dimmed">
                        {t(`address.precision.${c.precision}`)}
                      </Text>
                    )}
                    {c.refusal && (
                      <Text size="sm" c="red.8">
                        {c.refusal.message}
                      </Text>
                    )}
                  </Stack>
                  <Button
                    size="sm"
                    variant="light"
                    disabled={c.refusal !== null}
                    style={{ flexShrink: 0 }}
                    onClick={() => use(c)}
                    aria-label={`${t('address.use')}: ${line}`}
                  >
                    {t('address.use')}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        )}
        <Select
          label={t('address.area')}
          // After a dropped pin the place id is gone; its name still says where.
          placeholder={!value.placeId && value.label ? value.label : t('address.areaHint')}
          searchable
          clearable
          data={areaOptions}
          value={value.placeId ?? null}
          searchValue={areaSearch}
          onSearchChange={setAreaSearch}
          // The server has ranked them already (Turkish-aware): show its order.
          filter={({ options }) => options}
          onChange={(id) => void pickArea(id)}
          nothingFoundMessage={t('operator.noPlace')}
        />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <TextInput
            label={t('address.street')}
            value={door.street ?? ''}
            maxLength={120}
            onChange={(e) => setDoor('street', e.currentTarget.value)}
          />
          <TextInput
            label={t('address.buildingNo')}
            value={door.buildingNo ?? ''}
            maxLength={20}
            onChange={(e) => setDoor('buildingNo', e.currentTarget.value)}
          />
          <TextInput
            label={t('address.floor')}
            value={door.floor ?? ''}
            maxLength={20}
            onChange={(e) => setDoor('floor', e.currentTarget.value)}
          />
          <TextInput
            label={t('address.flat')}
            value={door.flat ?? ''}
            maxLength={20}
            onChange={(e) => setDoor('flat', e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('address.directions')}
          value={door.directions ?? ''}
          maxLength={500}
          autosize
          minRows={2}
          onChange={(e) => setDoor('directions', e.currentTarget.value)}
        />
        {settings && (
          <PinMap
            settings={settings}
            pin={pin}
            focus={focus}
            onPin={(p) => void dropPin(p)}
            texts={{
              map: t('address.map'),
              skip: t('address.skipMap'),
              pin: t('address.pin'),
              pinHere: t('address.pinHere'),
              tilesFailed: t('address.tilesFailed'),
              zoomIn: t('address.zoomIn'),
              zoomOut: t('address.zoomOut'),
            }}
          />
        )}
        <Text size="sm" aria-live="polite" data-testid="address-pin">
          {pin
            ? t('address.pinAt', { lat: pin.lat.toFixed(5), lng: pin.lng.toFixed(5) })
            : t('address.noPin')}
          {precision && precision !== 'building' ? ` · ${t(`address.precision.${precision}`)}` : ''}
        </Text>
        {refusal && (
          <Badge
            color="red"
            variant="light"
            size="lg"
            style={{ whiteSpace: 'normal', height: 'auto' }}
          >
            {refusal}
          </Badge>
        )}
      </Stack>
    </Paper>
  );
}
