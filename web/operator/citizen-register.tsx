import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, apiRequest } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import type { CitizenView } from '../shared/types.js';
import { PlaceSelect } from './place-select.js';

const MOBILITY = ['none', 'walking-aid', 'manual-wheelchair', 'electric-wheelchair'] as const;
type Mobility = (typeof MOBILITY)[number];

/**
 * Registers a caller who is not on file yet, so the booking can go on in the
 * same call. Eligibility is an administrator's decision and is not set here.
 */
export function CitizenRegister(props: {
  opened: boolean;
  initialName: string;
  onClose: () => void;
  onCreated: (citizen: CitizenView) => void;
}) {
  const { t } = useI18n();
  const [fullName, setFullName] = useState(props.initialName);
  const [phone, setPhone] = useState('');
  const [nationalId, setNationalId] = useState('');
  const [mobility, setMobility] = useState<Mobility>('none');
  const [home, setHome] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The modal is portalled out of the booking form in the DOM but not in
    // React's tree: without this the booking form would submit too.
    event.stopPropagation();
    setBusy(true);
    setErrors({});
    setFormError(undefined);
    try {
      const { body } = await apiRequest<CitizenView>('/citizens', {
        method: 'POST',
        body: {
          fullName,
          phone,
          mobility,
          ...(nationalId.trim() ? { nationalId: nationalId.trim() } : {}),
          ...(home ? { home: { placeId: home } } : {}),
        },
      });
      props.onCreated(body);
    } catch (err) {
      if (err instanceof ApiError) {
        // `body.phone` → next to the phone input.
        setErrors(
          Object.fromEntries(err.issues.map((i) => [i.field.split('.')[1] ?? '', i.message])),
        );
        setFormError(err.message);
      } else {
        setFormError(t('error.network'));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('register.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('register.fullName')}
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={errors.fullName}
            required
            data-autofocus
          />
          <TextInput
            type="tel"
            label={t('register.phone')}
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={errors.phone}
            required
          />
          <TextInput
            label={t('register.nationalId')}
            inputMode="numeric"
            value={nationalId}
            onChange={(e) => setNationalId(e.currentTarget.value)}
            error={errors.nationalId}
          />
          <NativeSelect
            label={t('register.mobility')}
            value={mobility}
            onChange={(e) => setMobility(e.currentTarget.value as Mobility)}
            data={MOBILITY.map((m) => ({ value: m, label: t(`mobility.${m}`) }))}
            error={errors.mobility}
          />
          <PlaceSelect
            label={t('register.home')}
            value={home}
            onChange={setHome}
            error={errors.home}
            required={false}
          />
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
