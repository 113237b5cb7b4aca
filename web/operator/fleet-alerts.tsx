import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import type { FleetAlert } from '../../src/realtime/events.js';
import { useI18n } from '../shared/i18n.js';
import type { YoldasSocket } from '../shared/socket.js';
import { hhmm } from '../shared/time.js';
import { type ShownAlert, withAlert } from './fleet-alert-list.js';

/**
 * What the operators must see now (`fleet:alert`): a driver who has not seen
 * a change (and then has), a pickup that will be late. A live region reads
 * each new one out; the operator dismisses what has been dealt with.
 */
export function FleetAlerts(props: { socket: YoldasSocket | undefined }) {
  const { t } = useI18n();
  const [alerts, setAlerts] = useState<ShownAlert[]>([]);
  const titleId = useId();

  useEffect(() => {
    const socket = props.socket;
    if (!socket) return;
    const onAlert = (alert: FleetAlert) =>
      setAlerts((old) => withAlert(old, alert, new Date().toISOString()));
    socket.on('fleet:alert', onAlert);
    return () => {
      socket.off('fleet:alert', onAlert);
    };
  }, [props.socket]);

  const text = (a: FleetAlert) => {
    const plate = a.plate ?? t('alerts.noPlate');
    if (a.kind === 'late')
      return t('alerts.late', {
        plate,
        passenger: a.passengerName,
        eta: hhmm(a.eta),
        windowEnd: hhmm(a.windowEnd),
        minutes: a.lateMinutes,
      });
    if (a.kind === 'manifest-unseen')
      return t('alerts.unseen', { driver: a.driverName, plate, sends: a.sends });
    return t('alerts.seen', { driver: a.driverName, plate });
  };

  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="sm">
      <Title order={2} size="h4" id={titleId}>
        {t('alerts.title')}
      </Title>
      <Stack gap={6} mt="xs" aria-live="polite" aria-relevant="additions text">
        {alerts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('alerts.none')}
          </Text>
        )}
        {alerts.map(({ key, alert, at }) => (
          <Alert
            key={key}
            color={
              alert.kind === 'manifest-seen' ? 'teal' : alert.kind === 'late' ? 'red' : 'orange'
            }
            p="xs"
          >
            <Group justify="space-between" wrap="nowrap" align="start">
              <Text size="sm" c="dark.9">
                {hhmm(at)} · {text(alert)}
              </Text>
              <Button
                variant="default"
                size="xs"
                onClick={() => setAlerts((old) => old.filter((a) => a.key !== key))}
                aria-label={`${t('alerts.dismiss')}: ${text(alert)}`}
              >
                {t('alerts.dismiss')}
              </Button>
            </Group>
          </Alert>
        ))}
      </Stack>
    </Paper>
  );
}
