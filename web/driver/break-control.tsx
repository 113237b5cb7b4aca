import { Button, Card, Group, Loader, Text } from '@mantine/core';
import type { DriverTap } from '../../src/realtime/events.js';
import { useI18n } from '../shared/i18n.js';
import { hhmm } from '../shared/time.js';
import type { DriverManifest } from '../shared/types.js';

type BreakAction = 'break-started' | 'break-ended';

/**
 * The shift's break: when it may start, and one large button to start it or
 * end it. A tap made offline shows at once (from the queued tap's time) and
 * goes out with the other taps when the connection is back.
 */
export function BreakControl(props: {
  shift: DriverManifest;
  queued: DriverTap[];
  onTap: (shiftId: string, action: BreakAction) => void;
}) {
  const { t } = useI18n();
  const plan = props.shift.break;
  if (!plan) return null;
  const mine = props.queued.filter(
    (q): q is Extract<DriverTap, { shiftId: string }> =>
      'shiftId' in q && q.shiftId === props.shift.shiftId,
  );
  const tapped = (action: BreakAction) => mine.find((q) => q.action === action)?.at ?? null;
  const startedAt = plan.startedAt ?? tapped('break-started');
  const endedAt = plan.endedAt ?? tapped('break-ended');
  const sending = mine.length > 0;
  const label = t('driver.breakWindow', {
    from: hhmm(plan.earliest),
    to: hhmm(plan.latest),
    minutes: plan.minutes,
  });

  let body: React.ReactNode;
  if (startedAt && endedAt) {
    body = <Text>{t('driver.breakTaken', { from: hhmm(startedAt), to: hhmm(endedAt) })}</Text>;
  } else if (startedAt) {
    body = (
      <Group justify="space-between" wrap="wrap">
        <Text fw={600} role="status">
          {t('driver.onBreak', { from: hhmm(startedAt) })}
        </Text>
        <Button size="lg" onClick={() => props.onTap(props.shift.shiftId, 'break-ended')}>
          {t('driver.breakEnd')}
        </Button>
      </Group>
    );
  } else {
    body = (
      <Group justify="space-between" wrap="wrap">
        <Text>{label}</Text>
        <Button
          size="lg"
          variant="outline"
          onClick={() => props.onTap(props.shift.shiftId, 'break-started')}
        >
          {t('driver.breakStart')}
        </Button>
      </Group>
    );
  }
  return (
    <Card withBorder padding="sm" bg="gray.0" aria-label={label}>
      <Group gap="xs" wrap="nowrap" align="center">
        {sending && <Loader size="xs" aria-hidden />}
        <div style={{ flex: 1 }}>{body}</div>
      </Group>
    </Card>
  );
}
