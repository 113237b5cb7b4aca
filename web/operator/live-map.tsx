import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { VehicleLiveView } from '../../src/realtime/events.js';
import { ApiError, apiGet } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import type { MapSettings } from '../shared/pin-map.js';
import type { YoldasSocket } from '../shared/socket.js';
import { hhmm } from '../shared/time.js';
import type { ServiceView } from '../shared/types.js';
import { FleetMap } from './fleet-map.js';
import { useFleet } from './use-fleet.js';

let settingsRequest: Promise<MapSettings> | undefined;
function loadMapSettings(): Promise<MapSettings> {
  settingsRequest ??= apiGet<MapSettings>('/places/map-settings').catch((error: unknown) => {
    settingsRequest = undefined;
    throw error;
  });
  return settingsRequest;
}

/**
 * The dispatcher's live map: every vehicle on shift now, moving as its
 * driver's app sends positions, with its next stops; the late ones marked;
 * filtered by service. The same vehicles are listed beside the map (the way
 * in for keyboard and screen-reader users); choosing one shows its stops
 * ahead (its manifest) and whatever `details` adds (the driver's messages).
 */
export function LiveMap(props: {
  socket: YoldasSocket | undefined;
  services: ServiceView[];
  details?: (vehicle: VehicleLiveView) => ReactNode;
  /** Drivers with an open emergency: marked in the list and on the map. */
  alarmed?: ReadonlySet<string>;
  /** Chooses this driver's vehicle and brings the map into view (`at` makes a repeat count). */
  focus?: { driverId: string; at: number } | undefined;
}) {
  const { t, lang } = useI18n();
  const { vehicles, error } = useFleet(props.socket);
  const [settings, setSettings] = useState<MapSettings>();
  const [serviceId, setServiceId] = useState('');
  const [selected, setSelected] = useState<string>();
  const listId = useId();
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  // Read when a focus request comes, not followed: positions arriving later do not move the view.
  const vehiclesRef = useRef(vehicles);
  vehiclesRef.current = vehicles;
  const focus = props.focus;
  useEffect(() => {
    if (!focus) return;
    const v = vehiclesRef.current.find((x) => x.driverId === focus.driverId);
    if (!v) return;
    setServiceId('');
    setSelected(v.shiftId);
    sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [focus]);

  useEffect(() => {
    loadMapSettings()
      .then(setSettings)
      .catch(() => {});
  }, []);

  const shown = vehicles.filter((v) => !serviceId || v.serviceIds.includes(serviceId));
  const chosen = shown.find((v) => v.shiftId === selected);
  const name = (id: string) => {
    const s = props.services.find((x) => x.id === id);
    return s ? (lang === 'en' ? s.nameEn : s.nameTr) : id;
  };

  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="md" ref={sectionRef}>
      <Stack gap="sm">
        <Group justify="space-between" align="end">
          <Title order={2} size="h3" id={titleId}>
            {t('fleet.title')}
          </Title>
          <NativeSelect
            label={t('fleet.service')}
            value={serviceId}
            onChange={(e) => setServiceId(e.currentTarget.value)}
            data={[
              { value: '', label: t('fleet.allServices') },
              ...props.services.map((s) => ({ value: s.id, label: name(s.id) })),
            ]}
          />
        </Group>
        {error !== undefined && (
          <Alert color="red" role="alert">
            {error instanceof ApiError ? error.message : t('error.network')}
          </Alert>
        )}
        <Anchor
          href={`#${listId}`}
          size="sm"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById(listId)?.querySelector<HTMLElement>('button')?.focus();
          }}
        >
          {t('fleet.skipMap')}
        </Anchor>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {settings ? (
            <FleetMap
              settings={settings}
              vehicles={shown}
              alarmed={props.alarmed}
              selected={selected}
              onSelect={setSelected}
              texts={{
                map: t('fleet.map'),
                tilesFailed: t('fleet.tilesFailed'),
                zoomIn: t('fleet.zoomIn'),
                zoomOut: t('fleet.zoomOut'),
                late: t('fleet.late'),
              }}
            />
          ) : (
            <div />
          )}
          <Stack gap="xs" id={listId}>
            <Title order={3} size="h5">
              {t('fleet.vehicles')}
            </Title>
            {shown.length === 0 && <Text c="dimmed">{t('fleet.none')}</Text>}
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {shown.map((v) => (
                <li key={v.shiftId}>
                  <VehicleRow
                    vehicle={v}
                    alarmed={props.alarmed?.has(v.driverId) ?? false}
                    selected={v.shiftId === selected}
                    onSelect={() => setSelected(v.shiftId === selected ? undefined : v.shiftId)}
                  />
                </li>
              ))}
            </Stack>
          </Stack>
        </SimpleGrid>
        {chosen && (
          <VehicleManifest vehicle={chosen} onClose={() => setSelected(undefined)}>
            {props.details?.(chosen)}
          </VehicleManifest>
        )}
      </Stack>
    </Paper>
  );
}

function VehicleRow(props: {
  vehicle: VehicleLiveView;
  alarmed: boolean;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t } = useI18n();
  const v = props.vehicle;
  const next = v.nextStops[0];
  return (
    <UnstyledButton
      onClick={props.onSelect}
      aria-pressed={props.selected}
      className="yoldas-vehicle-row"
      style={{
        display: 'block',
        width: '100%',
        minHeight: 44,
        padding: '6px 8px',
        borderRadius: 4,
        border: `2px solid ${props.selected ? '#1864ab' : '#dee2e6'}`,
      }}
    >
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{t('fleet.vehicleButton', { plate: v.plate, driver: v.driverName })}</Text>
        <Group gap={4} wrap="nowrap">
          {props.alarmed && (
            <Badge color="red.9" variant="filled">
              {t('fleet.emergency')}
            </Badge>
          )}
          {v.late && (
            <Badge color="red.9" variant="filled">
              {t('fleet.late')}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm" c="gray.8">
        {v.position ? t('fleet.seenAt', { time: hhmm(v.position.at) }) : t('fleet.noPosition')}
        {next
          ? ` · ${t('fleet.nextStop', { label: next.label, eta: next.eta ? hhmm(next.eta) : '—' })}`
          : ''}
      </Text>
    </UnstyledButton>
  );
}

function VehicleManifest(props: {
  vehicle: VehicleLiveView;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const v = props.vehicle;
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="sm">
      <Group justify="space-between">
        <Title order={3} size="h5" id={titleId}>
          {t('fleet.manifestTitle', { plate: v.plate, driver: v.driverName })}
        </Title>
        <Button variant="default" size="xs" onClick={props.onClose}>
          {t('fleet.closeManifest')}
        </Button>
      </Group>
      {v.nextStops.length === 0 ? (
        <Text c="dimmed">{t('fleet.noStops')}</Text>
      ) : (
        <Stack component="ol" gap={4} pl="md" my="xs">
          {v.nextStops.map((s) => (
            <li key={`${s.bookingId ?? s.plannedAt}-${s.kind}`}>
              <Text size="sm">
                {t('fleet.stopLine', {
                  kind: t(`fleet.stop.${s.kind}`),
                  passenger: s.passengerName ?? '—',
                  label: s.label,
                })}
              </Text>
              <Text size="sm" c="gray.8">
                {t('fleet.stopTimes', {
                  planned: hhmm(s.plannedAt),
                  eta: s.eta ? hhmm(s.eta) : '—',
                })}
                {s.lateMinutes > 0 && (
                  <Text span c="red.9" fw={600}>
                    {` · ${t('fleet.stopLate', { minutes: s.lateMinutes })}`}
                  </Text>
                )}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {props.children}
    </Paper>
  );
}
