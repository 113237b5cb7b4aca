import { Alert, Badge, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { NotificationEvent } from '../../src/domain/message-templates.js';
import type { DeliveryView } from '../../src/features/notifications/notifications.schema.js';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { type Lang, useI18n } from '../shared/i18n.js';
import { dmyHm } from '../shared/time.js';

/* The panel's words, kept beside it, Turkish first. */
const tr = {
  title: 'Gönderilen mesajlar',
  essentialOnly: 'Yalnız zorunlu mesajlar',
  essentialHelp:
    'Açıkken yalnız "araç yolda", "araç kapıda" ve yakın bir yolculuktaki değişiklik ya da iptal gönderilir (gelmeme uyarısı da); hatırlatmalar gönderilmez.',
  saved: 'Tercih kaydedildi.',
  empty: 'Bu vatandaşa henüz mesaj gönderilmedi.',
  at: 'Zaman',
  what: 'Mesaj',
  channel: 'Kanal',
  state: 'Durum',
  text: 'Metin',
  attempts: '{n}. deneme',
  lastError: 'Son hata: {error}',
  nextAt: 'Gönderim: {at}',
  'state.queued': 'Gönderiliyor',
  'state.sent': 'Gönderildi',
  'state.retrying': 'Hata, yeniden denenecek',
  'state.failed': 'Gönderilemedi',
  'state.skipped': 'Gönderilmedi',
  'state.deferred': 'Sessiz saat: bekliyor',
  'reason.opted-out': 'vatandaş yalnız zorunlu mesajları istiyor',
  'reason.quiet-hours': 'sessiz saatler',
  'reason.no-phone': 'telefon yok',
  'event.confirmed': 'Onay',
  'event.changed': 'Değişiklik',
  'event.cancelled': 'İptal',
  'event.refused': 'Araç bulunamadı',
  'event.remind-day-before': 'Hatırlatma (önceki gün)',
  'event.remind-soon': 'Hatırlatma (az önce)',
  'event.on-the-way': 'Araç yolda',
  'event.arrived': 'Araç kapıda',
  'event.no-show-warning': 'Gelmeme uyarısı',
  'channel.sms': 'SMS',
  'channel.push': 'Bildirim',
};
const en: Record<keyof typeof tr, string> = {
  title: 'Messages sent',
  essentialOnly: 'Essential messages only',
  essentialHelp:
    'When on, only "car on its way", "car at the door" and a change or cancellation of a ride close at hand are sent (and a no-show warning); no reminders.',
  saved: 'Preference saved.',
  empty: 'No message has been sent to this citizen yet.',
  at: 'Time',
  what: 'Message',
  channel: 'Channel',
  state: 'State',
  text: 'Text',
  attempts: 'attempt {n}',
  lastError: 'Last error: {error}',
  nextAt: 'Goes out at {at}',
  'state.queued': 'Sending',
  'state.sent': 'Sent',
  'state.retrying': 'Failed, will retry',
  'state.failed': 'Could not be sent',
  'state.skipped': 'Not sent',
  'state.deferred': 'Quiet hours: waiting',
  'reason.opted-out': 'the citizen wants essential messages only',
  'reason.quiet-hours': 'quiet hours',
  'reason.no-phone': 'no phone',
  'event.confirmed': 'Confirmed',
  'event.changed': 'Changed',
  'event.cancelled': 'Cancelled',
  'event.refused': 'No car found',
  'event.remind-day-before': 'Reminder (day before)',
  'event.remind-soon': 'Reminder (shortly before)',
  'event.on-the-way': 'Car on its way',
  'event.arrived': 'Car at the door',
  'event.no-show-warning': 'No-show warning',
  'channel.sms': 'SMS',
  'channel.push': 'Notification',
};
const words: Record<Lang, Record<keyof typeof tr, string>> = { tr, en };
type Key = keyof typeof tr;

function useWords() {
  const { lang } = useI18n();
  return (key: string, params: Record<string, string | number> = {}) =>
    (words[lang][key as Key] ?? key).replace(/\{(\w+)\}/g, (_, n: string) =>
      String(params[n] ?? `{${n}}`),
    );
}

// Dark shades on light badges: readable at AA.
const STATE_COLOR: Record<DeliveryView['state'], string> = {
  queued: 'blue',
  sent: 'green',
  retrying: 'orange',
  failed: 'red',
  skipped: 'gray',
  deferred: 'violet',
};

const messageOf = (err: unknown) =>
  err instanceof ApiError
    ? [err.message, ...err.issues.map((i) => i.message)].join(' ')
    : String(err);

interface Preferences {
  essentialOnly: boolean;
  language: 'tr' | 'en';
}

/**
 * Every message sent to a citizen, newest first: what, by which channel, its
 * state (a failure and its retries shown plainly), and the citizen's choice
 * of essential messages only, which an operator sets for them on the phone.
 */
export function CitizenMessages(props: { citizenId: string }) {
  const w = useWords();
  const [list, setList] = useState<DeliveryView[]>();
  const [prefs, setPrefs] = useState<Preferences>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  const load = useCallback(() => {
    apiGet<DeliveryView[]>(`/citizens/${props.citizenId}/notifications`).then(
      // A push "skipped" for a citizen with no subscribed browser is no news to an operator.
      (all) =>
        setList(all.filter((d) => !(d.channel === 'push' && d.reason === 'no-subscription'))),
      (e) => setError(messageOf(e)),
    );
    apiGet<Preferences>(`/citizens/${props.citizenId}/notification-preferences`).then(
      setPrefs,
      (e) => setError(messageOf(e)),
    );
  }, [props.citizenId]);
  useEffect(load, [load]);

  async function choose(essentialOnly: boolean) {
    setSaved(false);
    setError(undefined);
    const before = prefs;
    // The switch moves at once; it goes back if the change is refused.
    if (before) setPrefs({ ...before, essentialOnly });
    try {
      const { body } = await apiRequest<Preferences>(
        `/citizens/${props.citizenId}/notification-preferences`,
        { method: 'PUT', body: { essentialOnly } },
      );
      setPrefs(body);
      setSaved(true);
    } catch (err) {
      setPrefs(before);
      setError(messageOf(err));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="citizen-messages">
      <Stack gap="sm">
        <Title id="citizen-messages" order={3} size="h4">
          {w('title')}
        </Title>
        {prefs && (
          <Switch
            checked={prefs.essentialOnly}
            onChange={(e) => void choose(e.currentTarget.checked)}
            label={w('essentialOnly')}
            description={w('essentialHelp')}
          />
        )}
        <div aria-live="polite">{saved && <Text size="sm">{w('saved')}</Text>}</div>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {list && list.length === 0 && <Text c="dimmed">{w('empty')}</Text>}
        {list && list.length > 0 && (
          <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{w('at')}</Table.Th>
                  <Table.Th>{w('what')}</Table.Th>
                  <Table.Th>{w('channel')}</Table.Th>
                  <Table.Th>{w('state')}</Table.Th>
                  <Table.Th>{w('text')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((d) => (
                  <Table.Tr key={d.id} data-state={d.state}>
                    <Table.Td>{dmyHm(d.sentAt ?? d.updatedAt)}</Table.Td>
                    <Table.Td>{w(`event.${d.event satisfies NotificationEvent}`)}</Table.Td>
                    <Table.Td>{w(`channel.${d.channel}`)}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Badge color={STATE_COLOR[d.state]} variant="light" size="lg">
                          {w(`state.${d.state}`)}
                        </Badge>
                        {d.reason && <Text size="sm">{w(`reason.${d.reason}`)}</Text>}
                        {d.attempts > 1 && (
                          <Text size="sm">{w('attempts', { n: d.attempts })}</Text>
                        )}
                        {d.lastError && (
                          <Text size="sm" c="red.9">
                            {w('lastError', { error: d.lastError })}
                          </Text>
                        )}
                        {d.state === 'deferred' && d.nextAttemptAt && (
                          <Text size="sm">{w('nextAt', { at: dmyHm(d.nextAttemptAt) })}</Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{d.text ?? '—'}</Text>
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
