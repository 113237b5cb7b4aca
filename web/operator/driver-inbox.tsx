import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import type { MessageView } from '../../src/realtime/events.js';
import { apiGet } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import type { YoldasSocket } from '../shared/socket.js';
import { hhmm } from '../shared/time.js';
import { DriverConversation, upsertMessage } from './driver-conversation.js';

// The newest this many drivers' messages stay listed.
const KEEP = 10;

/**
 * What drivers wrote to dispatch (the last day's, newest first), read out as
 * it arrives; "reply" opens the conversation with that driver in place.
 */
export function DriverInbox(props: { socket: YoldasSocket | undefined }) {
  const { t } = useI18n();
  const [messages, setMessages] = useState<MessageView[]>([]);
  const [open, setOpen] = useState<string>();
  const titleId = useId();
  const { socket } = props;

  useEffect(() => {
    const load = () =>
      apiGet<MessageView[]>('/messages')
        .then((all) => setMessages((old) => all.reduce(upsertMessage, old)))
        .catch(() => {});
    void load();
    const onMessage = (m: MessageView) => setMessages((old) => upsertMessage(old, m));
    socket?.on('message', onMessage);
    socket?.on('connect', load);
    return () => {
      socket?.off('message', onMessage);
      socket?.off('connect', load);
    };
  }, [socket]);

  const fromDrivers = messages
    .filter((m) => m.fromDriver)
    .reverse()
    .slice(0, KEEP);

  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="sm">
      <Title order={2} size="h4" id={titleId}>
        {t('messages.inbox')}
      </Title>
      <Stack
        component="ul"
        gap={6}
        mt="xs"
        p={0}
        style={{ listStyle: 'none' }}
        aria-live="polite"
        aria-relevant="additions"
      >
        {fromDrivers.length === 0 && (
          <li>
            <Text size="sm" c="dimmed">
              {t('messages.none')}
            </Text>
          </li>
        )}
        {fromDrivers.map((m) => (
          <li key={m.id}>
            <Group justify="space-between" align="start" gap="xs">
              <Text size="sm">
                {hhmm(m.at)} ·{' '}
                <strong>
                  {t('messages.fromDriver', { driver: m.driverName, plate: m.plate ?? '—' })}
                </strong>
                : {m.body}
              </Text>
              <Button
                variant="default"
                size="xs"
                aria-expanded={open === m.id}
                onClick={() => setOpen(open === m.id ? undefined : m.id)}
              >
                {open === m.id
                  ? t('messages.closeReply')
                  : t('messages.reply', { driver: m.driverName })}
              </Button>
            </Group>
            {open === m.id && (
              <Paper withBorder p="xs" mt={4}>
                <DriverConversation
                  socket={socket}
                  driverId={m.driverId}
                  driverName={m.driverName}
                />
              </Paper>
            )}
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
