import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import type { MessageView } from '../../src/realtime/events.js';
import { ApiError } from './api.js';
import { useI18n } from './i18n.js';
import { hhmm } from './time.js';

/**
 * A conversation between dispatch and one driver, as either side sees it:
 * the messages oldest first (new ones read out by a live region), canned
 * texts one tap each, and a short typed text. `mine` tells which side is
 * "you". Sending is the caller's (HTTP or socket); a failure is shown here.
 */
export function MessageThread(props: {
  title: string;
  messages: MessageView[];
  canned: readonly string[];
  mine: (m: MessageView) => boolean;
  onSend: (body: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const cannedId = useId();

  const send = async (body: string) => {
    if (!body.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      await props.onSend(body.trim());
      setText('');
    } catch (err) {
      setError(
        t('messages.failed', {
          message: err instanceof ApiError ? err.message : t('error.network'),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const who = (m: MessageView) =>
    props.mine(m)
      ? t('messages.me')
      : m.fromDriver
        ? t('messages.fromDriver', { driver: m.driverName, plate: m.plate ?? '—' })
        : t('messages.fromDispatch', { name: m.senderName });

  return (
    <Stack gap="xs" component="section" aria-label={props.title}>
      <Text fw={600}>{props.title}</Text>
      <Stack
        component="ol"
        gap={4}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-live="polite"
        aria-relevant="additions"
      >
        {props.messages.length === 0 && (
          <li>
            <Text size="sm" c="dimmed">
              {t('messages.none')}
            </Text>
          </li>
        )}
        {props.messages.map((m) => (
          <li key={m.id}>
            <Paper
              p={6}
              withBorder
              bg={props.mine(m) ? 'blue.0' : 'gray.0'}
              ml={props.mine(m) ? 'xl' : 0}
              mr={props.mine(m) ? 0 : 'xl'}
            >
              <Text size="xs" c="gray.8">
                {who(m)} · {hhmm(m.at)}
              </Text>
              <Text size="sm">{m.body}</Text>
            </Paper>
          </li>
        ))}
      </Stack>
      <Text size="sm" id={cannedId}>
        {t('messages.canned')}
      </Text>
      <Group gap={6} role="group" aria-labelledby={cannedId}>
        {props.canned.map((c) => (
          <Button key={c} variant="default" size="sm" disabled={busy} onClick={() => void send(c)}>
            {c}
          </Button>
        ))}
      </Group>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send(text);
        }}
      >
        <Group gap="xs" align="end" wrap="nowrap">
          <TextInput
            label={t('messages.text')}
            value={text}
            maxLength={280}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={busy} disabled={!text.trim()}>
            {t('messages.send')}
          </Button>
        </Group>
      </form>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
