import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useI18n } from '../shared/i18n.js';
import { hhmm, timeRange } from '../shared/time.js';
import type { AlternativeView, BookingView } from '../shared/types.js';

/** The answer to a booking: the vehicle and pickup window, or the refusal with times to rebook at. */
export function BookingResult(props: {
  booking: BookingView;
  busy: boolean;
  onRebook: (alternative: AlternativeView) => void;
}) {
  const { t } = useI18n();
  const { booking } = props;

  if (booking.planned && booking.status !== 'refused' && booking.status !== 'cancelled') {
    const { planned } = booking;
    return (
      <Alert
        role="status"
        color="green"
        title={t('result.assigned', {
          plate: planned.vehicle.plate,
          window: timeRange(booking.pickupWindow.start, booking.pickupWindow.end),
        })}
      >
        {t('result.assignedDetail', {
          label: planned.vehicle.label,
          driver: planned.driverName,
          pickup: hhmm(planned.pickupAt),
          dropoff: hhmm(planned.dropoffAt),
        })}
      </Alert>
    );
  }

  if (booking.status === 'refused' && booking.refusal) {
    const { reason, alternatives } = booking.refusal;
    const reasonText =
      reason === 'no-capable-vehicle' || reason === 'no-feasible-slot'
        ? t(`refusal.${reason}`)
        : reason;
    return (
      <Alert role="status" color="red" title={t('result.refused', { reason: reasonText })}>
        <Stack gap="xs">
          {alternatives.length > 0 ? (
            <>
              <Text>{t('result.alternatives')}</Text>
              <Group gap="xs" wrap="wrap">
                {alternatives.map((alt) => (
                  <Button
                    key={alt.requestedAt}
                    variant="filled"
                    disabled={props.busy}
                    onClick={() => props.onRebook(alt)}
                  >
                    {t('result.bookAt', { time: hhmm(alt.requestedAt) })}
                  </Button>
                ))}
              </Group>
            </>
          ) : (
            <Text>{t('result.noAlternatives')}</Text>
          )}
        </Stack>
      </Alert>
    );
  }

  return (
    <Alert role="status" color="gray" title={t('result.pending')} icon={<Loader size="sm" />}>
      {booking.citizenName}
    </Alert>
  );
}
