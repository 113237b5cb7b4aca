import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { DateField } from '../shared/date-fields.js';
import { useI18n } from '../shared/i18n.js';
import type { Session } from '../shared/session.js';
import { dmy, localDate } from '../shared/time.js';
import type { ServiceView } from '../shared/types.js';

interface EligibilityRequest {
  id: string;
  serviceId: string;
  status: 'open' | 'granted' | 'declined';
  basis: string | null;
  validFrom: string | null;
  validUntil: string | null;
  requestedBy: string;
  decisionReason: string | null;
}

const STATE_COLOR = { open: 'yellow', granted: 'green', declined: 'red' } as const;

/**
 * On a citizen's page: the eligibility requests and their state, and for an
 * operator the form to ask a supervisor for one (service, basis, document,
 * validity wished, a note). Supervisors and administrators grant directly.
 */
export function EligibilityRequests(props: {
  citizenId: string;
  services: ServiceView[];
  role: Session['user']['role'];
}) {
  const { t, lang } = useI18n();
  const [requests, setRequests] = useState<EligibilityRequest[]>([]);
  const load = useCallback(() => {
    apiGet<EligibilityRequest[]>(`/citizens/${props.citizenId}/eligibility-requests`).then(
      setRequests,
      () => undefined,
    );
  }, [props.citizenId]);
  useEffect(load, [load]);
  const serviceName = (id: string) => {
    const s = props.services.find((x) => x.id === id);
    return s ? (lang === 'tr' ? s.nameTr : s.nameEn) : id;
  };
  const state = (r: EligibilityRequest) =>
    r.status === 'open'
      ? t('citizen.requestOpen')
      : r.status === 'granted'
        ? t('citizen.requestGranted')
        : t('citizen.requestDeclined');

  return (
    <Stack gap="xs">
      {requests.length > 0 && (
        <>
          <Text fw={600}>{t('citizen.requests')}</Text>
          <List spacing={4} aria-label={t('citizen.requests')}>
            {requests.map((r) => (
              <List.Item key={r.id}>
                {t('citizen.requestLine', {
                  service: serviceName(r.serviceId),
                  validity:
                    r.validFrom && r.validUntil
                      ? `${dmy(r.validFrom)} – ${dmy(r.validUntil)}`
                      : '—',
                  basis: r.basis ?? '—',
                  by: r.requestedBy,
                })}{' '}
                <Badge variant="light" color={STATE_COLOR[r.status]}>
                  {state(r)}
                </Badge>
                {r.decisionReason && (
                  <Text size="sm">{t('citizen.requestReason', { reason: r.decisionReason })}</Text>
                )}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {props.role === 'operator' && (
        <RequestForm citizenId={props.citizenId} services={props.services} onSent={load} />
      )}
    </Stack>
  );
}

function RequestForm(props: { citizenId: string; services: ServiceView[]; onSent: () => void }) {
  const { t, lang } = useI18n();
  const [serviceId, setServiceId] = useState(props.services[0]?.id ?? '');
  const [validFrom, setValidFrom] = useState(localDate());
  const [validUntil, setValidUntil] = useState(localDate(365));
  const [basis, setBasis] = useState('');
  const [rate, setRate] = useState<number | ''>('');
  const [documentRef, setDocumentRef] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setDone(false);
    try {
      await apiRequest(`/citizens/${props.citizenId}/eligibility-requests`, {
        method: 'POST',
        body: {
          serviceId: serviceId || props.services[0]?.id,
          basis,
          validFrom,
          validUntil,
          ...(rate !== '' ? { disabilityRate: rate } : {}),
          ...(documentRef.trim() ? { documentRef } : {}),
          ...(note.trim() ? { note } : {}),
        },
      });
      setDone(true);
      setErrors({});
      setBasis('');
      setDocumentRef('');
      setNote('');
      props.onSent();
    } catch (err) {
      if (err instanceof ApiError) {
        const byField: Record<string, string> = {};
        for (const i of err.issues) byField[i.field.replace(/^body\./, '')] ??= i.message;
        setErrors(byField);
        setError(err.message);
      } else setError(String(err));
    }
  }

  return (
    <form onSubmit={submit} aria-label={t('citizen.request')} noValidate>
      <Stack gap="xs">
        <Text fw={600}>{t('citizen.request')}</Text>
        <Text size="sm">{t('citizen.requestHelp')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('operator.service')}
            value={serviceId}
            onChange={(e) => setServiceId(e.currentTarget.value)}
            data={props.services.map((s) => ({
              value: s.id,
              label: lang === 'tr' ? s.nameTr : s.nameEn,
            }))}
          />
          <DateField
            label={t('citizen.grantFrom')}
            value={validFrom}
            onChange={setValidFrom}
            error={errors.validFrom}
            required
          />
          <DateField
            label={t('citizen.grantUntil')}
            value={validUntil}
            onChange={setValidUntil}
            error={errors.validUntil}
            required
          />
          <TextInput
            label={t('citizen.grantBasis')}
            value={basis}
            onChange={(e) => setBasis(e.currentTarget.value)}
            error={errors.basis}
            required
          />
          <TextInput
            label={t('citizen.requestDocument')}
            value={documentRef}
            onChange={(e) => setDocumentRef(e.currentTarget.value)}
            error={errors.documentRef}
          />
          <NumberInput
            label={t('citizen.grantRate')}
            min={0}
            max={100}
            value={rate}
            onChange={(v) => setRate(typeof v === 'number' ? v : '')}
            error={errors.disabilityRate}
          />
        </SimpleGrid>
        <TextInput
          label={t('citizen.requestNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {done && <Text role="status">{t('citizen.requestDone')}</Text>}
        <Group>
          <Button type="submit">{t('citizen.requestSubmit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
