import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { EmergencyView } from '../../src/realtime/events.js';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import type { YoldasSocket } from '../shared/socket.js';
import { hhmm } from '../shared/time.js';

/**
 * Drivers' emergencies, on top of everything: each open one is announced
 * (role alert) with the vehicle's position until an operator takes it; then
 * every operator sees who took it and when.
 */
export function Emergencies(props: {
  socket: YoldasSocket | undefined;
  /** The drivers whose emergency no one has taken yet, whenever that changes. */
  onOpen?: (driverIds: ReadonlySet<string>) => void;
  /** Shows the driver's vehicle on the live map. */
  onShow?: (driverId: string) => void;
}) {
  const { t } = useI18n();
  const [emergencies, setEmergencies] = useState<EmergencyView[]>([]);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string>();
  const { socket } = props;

  useEffect(() => {
    const upsert = (e: EmergencyView) =>
      setEmergencies((old) => {
        // A late copy of the alarm (another process, another path) never undoes its acknowledgement.
        if (!e.acknowledgedAt && old.some((x) => x.id === e.id && x.acknowledgedAt)) return old;
        return [e, ...old.filter((x) => x.id !== e.id)];
      });
    const load = () =>
      apiGet<EmergencyView[]>('/emergencies?open=true')
        .then((open) => {
          for (const e of open.reverse()) upsert(e);
        })
        .catch(() => {});
    void load();
    socket?.on('emergency', upsert);
    socket?.on('connect', load);
    return () => {
      socket?.off('emergency', upsert);
      socket?.off('connect', load);
    };
  }, [socket]);

  const take = async (id: string) => {
    setError(undefined);
    try {
      const res = await apiRequest<EmergencyView>(`/emergencies/${id}/acknowledge`, {
        method: 'POST',
      });
      setEmergencies((old) => old.map((e) => (e.id === id ? res.body : e)));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
    }
  };

  const onOpen = props.onOpen;
  const openKey = emergencies
    .filter((e) => !e.acknowledgedAt)
    .map((e) => e.driverId)
    .sort()
    .join(',');
  useEffect(() => {
    onOpen?.(new Set(openKey ? openKey.split(',') : []));
  }, [openKey, onOpen]);

  const shown = emergencies.filter((e) => !dismissed.has(e.id));
  if (shown.length === 0 && !error) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('emergencies.title')}>
      {shown.map((e) => {
        const plate = e.plate ?? t('alerts.noPlate');
        const position = e.position
          ? `${e.position.lat.toFixed(5)}, ${e.position.lng.toFixed(5)}`
          : t('emergencies.noPosition');
        return e.acknowledgedAt ? (
          <Alert key={e.id} color="teal" role="status" p="xs">
            <Group justify="space-between" gap="xs">
              <Text size="sm" c="dark.9">
                {t('emergencies.taken', {
                  driver: e.driverName,
                  plate,
                  name: e.acknowledgedByName ?? '—',
                  time: hhmm(e.acknowledgedAt),
                })}
              </Text>
              <Button
                variant="default"
                size="xs"
                onClick={() => setDismissed((d) => new Set(d).add(e.id))}
              >
                {t('emergencies.dismiss')}
              </Button>
            </Group>
          </Alert>
        ) : (
          <Alert key={e.id} color="red" variant="filled" role="alert">
            <Group justify="space-between" gap="xs">
              <Text fw={700} c="white">
                {t('emergencies.open', {
                  driver: e.driverName,
                  plate,
                  time: hhmm(e.at),
                  position,
                })}
              </Text>
              <Group gap="xs" wrap="nowrap">
                {props.onShow && (
                  <Button variant="white" color="dark" onClick={() => props.onShow?.(e.driverId)}>
                    {t('emergencies.show')}
                  </Button>
                )}
                <Button color="dark" onClick={() => void take(e.id)}>
                  {t('emergencies.acknowledge')}
                </Button>
              </Group>
            </Group>
          </Alert>
        );
      })}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
