import { Button, Stack, Text } from '@mantine/core';
import { countdownText, secondsUntil } from '../../src/domain/no-show-policy.js';
import { useI18n } from '../shared/i18n.js';
import { hhmm } from '../shared/time.js';
import { useNow } from './use-now.js';

/**
 * "Yolcu gelmedi", disabled with a countdown until the waiting time at the
 * door is over (the service's, from the driver's "arrived"). The phone's
 * clock opens it; the server checks again and refuses a tap too early.
 */
export function NoShowButton(props: { bookingId: string; from: string; onTap: () => void }) {
  const { t } = useI18n();
  // Ticks every second only while a card waits at a door.
  const now = useNow(1000);
  const left = secondsUntil(new Date(props.from), now);
  const hintId = `no-show-hint-${props.bookingId}`;
  return (
    <Stack gap={4}>
      <Button
        size="xl"
        fullWidth
        color="red"
        variant="outline"
        disabled={left > 0}
        aria-describedby={left > 0 ? hintId : undefined}
        onClick={props.onTap}
        rightSection={
          left > 0 ? (
            <Text component="span" fw={700} aria-hidden data-testid="no-show-countdown">
              {countdownText(left)}
            </Text>
          ) : undefined
        }
      >
        {t('action.no-show')}
      </Button>
      {left > 0 && (
        <Text id={hintId} size="sm">
          {t('driver.noShowFrom', { time: hhmm(props.from) })}
        </Text>
      )}
    </Stack>
  );
}
