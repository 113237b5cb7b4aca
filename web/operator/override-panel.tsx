import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { apiGet } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { dmyHm } from '../shared/time.js';
import type { BookingView } from '../shared/types.js';

/** Why the server wants a human decision before booking, and what it told us. */
export type Override =
  | { kind: 'eligibility'; message: string }
  | {
      kind: 'overlap';
      message: string;
      bookingId?: string | undefined;
      pickupAt?: string | undefined;
    };

/**
 * A refusal an operator may overrule with a reason that goes to the audit log:
 * no eligibility (a first-time caller, an expired report) or a second ride at
 * the same time (the existing ride is shown so the operator can ask).
 */
export function OverridePanel(props: {
  override: Override;
  busy: boolean;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useI18n();
  const { override } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [existing, setExisting] = useState<BookingView>();
  const existingId = override.kind === 'overlap' ? override.bookingId : undefined;

  useEffect(() => {
    if (!existingId) return;
    let current = true;
    apiGet<BookingView>(`/bookings/${existingId}`)
      .then((b) => current && setExisting(b))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [existingId]);

  function confirm() {
    if (reason.trim().length < 5) return setError(t('override.reasonShort'));
    setError(undefined);
    props.onConfirm(reason.trim());
  }

  const title =
    override.kind === 'eligibility' ? t('override.eligibilityTitle') : t('override.overlapTitle');
  return (
    <Alert color="red" variant="outline" role="alert" title={title}>
      <Stack gap="xs">
        <Text>{override.message}</Text>
        {override.kind === 'eligibility' && <Text>{t('override.eligibilityText')}</Text>}
        {override.kind === 'overlap' && (existing || override.pickupAt) && (
          <Text fw={600}>
            {t('override.overlapExisting', {
              time: dmyHm(
                existing?.planned?.pickupAt ??
                  existing?.pickupWindow.start ??
                  override.pickupAt ??
                  '',
              ),
              route: existing ? `${existing.pickup.label} → ${existing.dropoff.label}` : '',
              status: existing ? t(`status.${existing.status}`) : '',
            })}
          </Text>
        )}
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('override.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            autoFocus
            style={{ flex: 1, minWidth: 220 }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                confirm();
              }
            }}
          />
          <Button color="red" loading={props.busy} onClick={confirm}>
            {override.kind === 'eligibility'
              ? t('override.eligibilityBook')
              : t('override.overlapBook')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
