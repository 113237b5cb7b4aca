import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, apiRequest } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import type { CitizenView } from '../shared/types.js';

interface ErasureAnswer {
  alreadyErased: boolean;
  cancelledRides: number;
  counts: Record<string, number>;
}

/**
 * An administrator erases a citizen's personal data on their request (KVKK):
 * the dialog says what goes and what stays before asking for the reason the
 * audit log keeps.
 */
export function ErasureButton(props: { citizen: CitizenView; onErased: () => void }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [cancelFuture, setCancelFuture] = useState(true);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  function close() {
    setOpened(false);
    setReason('');
    setCancelFuture(true);
    setError(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { body } = await apiRequest<ErasureAnswer>(`/citizens/${props.citizen.id}/erasure`, {
        method: 'POST',
        body: { reason, cancelFutureRides: cancelFuture },
      });
      setDone(
        t('erasure.done', { rides: body.counts.bookings ?? 0, cancelled: body.cancelledRides }),
      );
      close();
      props.onErased();
    } catch (err) {
      setError(
        err instanceof ApiError
          ? [err.message, ...err.issues.map((i) => i.message)].join(' ')
          : String(err),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="outline" color="red" onClick={() => setOpened(true)}>
        {t('erasure.open')}
      </Button>
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={t('erasure.title', { name: props.citizen.fullName })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        <form onSubmit={submit}>
          <Stack>
            <Alert color="red" variant="light">
              {t('erasure.irreversible')}
            </Alert>
            <Text fw={600}>{t('erasure.consequences')}</Text>
            <List spacing={4}>
              <List.Item>{t('erasure.identity')}</List.Item>
              <List.Item>{t('erasure.rides')}</List.Item>
              <List.Item>{t('erasure.future')}</List.Item>
              <List.Item>{t('erasure.signIn')}</List.Item>
              <List.Item>{t('erasure.audit')}</List.Item>
            </List>
            <Checkbox
              size="md"
              label={t('erasure.cancelFuture')}
              checked={cancelFuture}
              onChange={(e) => setCancelFuture(e.currentTarget.checked)}
            />
            <TextInput
              label={t('erasure.reason')}
              description={t('erasure.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              minLength={5}
              maxLength={500}
              data-autofocus
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.close')}
              </Button>
              <Button type="submit" color="red" loading={busy}>
                {t('erasure.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
