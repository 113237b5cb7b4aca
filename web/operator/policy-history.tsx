import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DateTime } from 'luxon';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { policyHistoryView } from '../../src/features/policy/policy.schema.js';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { DateField } from '../shared/date-fields.js';
import { type Lang, useI18n } from '../shared/i18n.js';
import { dmyHm, localDate, ZONE } from '../shared/time.js';

type History = z.infer<typeof policyHistoryView>;
type PolicyEvent = History['events'][number];

/* The policy's words, kept beside the part that uses them, Turkish first. */
const tr = {
  title: 'Gelmeme ve geç iptal geçmişi',
  suspendedUntil: 'Kendi başına yolculuk isteyemez: {until} tarihine kadar. Neden: {reason} ({by})',
  notSuspended: 'Kendi başına yolculuk isteyebilir (/request).',
  suspend: 'Kendi rezervasyonunu durdur',
  suspendHelp:
    'Vatandaş bu tarihe kadar kendisi yolculuk isteyemez; operatörler onun için yolculuk almaya devam eder. Vatandaşa neden ve aranacak numara söylenir.',
  until: 'Son gün',
  reason: 'Neden',
  lift: 'Durdurmayı kaldır',
  liftReason: 'Kaldırma nedeni',
  empty: 'Kayıt yok.',
  at: 'Zaman',
  what: 'Olay',
  service: 'Hizmet',
  note: 'Neden / not',
  by: 'Kim',
  system: 'Sistem',
  'kind.no-show': 'Gelmedi',
  'kind.late-cancel': 'Geç iptal',
  'kind.warning': 'Uyarı: {period} günde {count} kez',
  'kind.suspended': 'Kendi rezervasyonu durduruldu ({until} tarihine kadar)',
  'kind.lifted': 'Durdurma kaldırıldı',
  ride: 'yolculuk {time}',
};
const en: Record<keyof typeof tr, string> = {
  title: 'No-show and late-cancel history',
  suspendedUntil: 'Cannot request rides themself until {until}. Reason: {reason} ({by})',
  notSuspended: 'May request rides themself (/request).',
  suspend: 'Suspend self-booking',
  suspendHelp:
    'Until this day the citizen cannot request rides themself; operators still book for them. The citizen is told why and which number to call.',
  until: 'Last day',
  reason: 'Reason',
  lift: 'Lift the suspension',
  liftReason: 'Why it is lifted',
  empty: 'Nothing recorded.',
  at: 'Time',
  what: 'What',
  service: 'Service',
  note: 'Reason / note',
  by: 'By',
  system: 'System',
  'kind.no-show': 'No-show',
  'kind.late-cancel': 'Late cancel',
  'kind.warning': 'Warning: {count} times in {period} days',
  'kind.suspended': 'Self-booking suspended (until {until})',
  'kind.lifted': 'Suspension lifted',
  ride: 'ride {time}',
};
const words: Record<Lang, Record<keyof typeof tr, string>> = { tr, en };

function useWords() {
  const { lang } = useI18n();
  return (key: keyof typeof tr, params: Record<string, string | number> = {}) =>
    words[lang][key].replace(/\{(\w+)\}/g, (_, n: string) => String(params[n] ?? `{${n}}`));
}

const messageOf = (err: unknown) =>
  err instanceof ApiError
    ? [err.message, ...err.issues.map((i) => i.message)].join(' ')
    : String(err);

function whatHappened(e: PolicyEvent, w: ReturnType<typeof useWords>): string {
  const d = e.details as { count?: number; periodDays?: number; until?: string };
  switch (e.kind) {
    case 'warning':
      return w('kind.warning', { count: d.count ?? '', period: d.periodDays ?? '' });
    case 'suspended':
      return w('kind.suspended', { until: d.until ? dmyHm(d.until) : '' });
    default:
      return w(`kind.${e.kind}`);
  }
}

/**
 * A citizen's no-shows, late cancels, warnings and suspensions, newest first,
 * each with its author and reason; staff suspend and lift self-booking here.
 */
export function PolicyHistory(props: { citizenId: string }) {
  const w = useWords();
  const { lang } = useI18n();
  const [history, setHistory] = useState<History>();
  const [until, setUntil] = useState(localDate(30));
  const [reason, setReason] = useState('');
  const [liftReason, setLiftReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    apiGet<History>(`/citizens/${props.citizenId}/policy-history`).then(setHistory, (e: unknown) =>
      setError(messageOf(e)),
    );
  }, [props.citizenId]);
  useEffect(load, [load]);

  async function change(event: FormEvent, method: 'POST' | 'DELETE') {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await apiRequest(`/citizens/${props.citizenId}/self-booking-suspension`, {
        method,
        body:
          method === 'POST'
            ? // The last day counts whole: the suspension ends at its midnight, local time.
              { until: DateTime.fromISO(until, { zone: ZONE }).endOf('day').toISO(), reason }
            : { reason: liftReason },
      });
      setReason('');
      setLiftReason('');
      load();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const s = history?.suspension;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="citizen-policy">
      <Stack gap="sm">
        <Title id="citizen-policy" order={3} size="h4">
          {w('title')}
        </Title>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {history && (
          <Text role="status" fw={s ? 700 : 400}>
            {s
              ? w('suspendedUntil', {
                  until: dmyHm(s.endsAt),
                  reason: s.reason,
                  by: s.createdByName,
                })
              : w('notSuspended')}
          </Text>
        )}
        {history && !s && (
          <form onSubmit={(e) => void change(e, 'POST')} aria-label={w('suspend')}>
            <Stack gap="xs">
              <Text size="sm">{w('suspendHelp')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateField
                  label={w('until')}
                  value={until}
                  onChange={setUntil}
                  minDate={localDate(1)}
                  required
                />
                <TextInput
                  label={w('reason')}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  required
                />
              </SimpleGrid>
              <Group>
                <Button type="submit" color="red.9" loading={busy}>
                  {w('suspend')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {s && (
          <form onSubmit={(e) => void change(e, 'DELETE')} aria-label={w('lift')}>
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label={w('liftReason')}
                value={liftReason}
                onChange={(e) => setLiftReason(e.currentTarget.value)}
                required
              />
              <Button type="submit" loading={busy}>
                {w('lift')}
              </Button>
            </Group>
          </form>
        )}
        {history && history.events.length === 0 && <Text c="dimmed">{w('empty')}</Text>}
        {history && history.events.length > 0 && (
          <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{w('at')}</Table.Th>
                  <Table.Th>{w('what')}</Table.Th>
                  <Table.Th>{w('service')}</Table.Th>
                  <Table.Th>{w('note')}</Table.Th>
                  <Table.Th>{w('by')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.events.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{dmyHm(e.at)}</Table.Td>
                    <Table.Td>
                      {whatHappened(e, w)}
                      {e.pickupWindowStart && (
                        <Text size="sm" c="dimmed">
                          {w('ride', { time: dmyHm(e.pickupWindowStart) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {(lang === 'tr' ? e.serviceNameTr : e.serviceNameEn) ?? '—'}
                    </Table.Td>
                    <Table.Td>{e.reason ?? '—'}</Table.Td>
                    <Table.Td>
                      {e.authorRole === 'system' ? w('system') : (e.authorName ?? e.authorRole)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
