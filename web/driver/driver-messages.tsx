import { useEffect, useState } from 'react';
import type { MessageView } from '../../src/realtime/events.js';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { DRIVER_CANNED } from '../shared/canned-messages.js';
import { useI18n } from '../shared/i18n.js';
import { newId } from '../shared/ids.js';
import { MessageThread } from '../shared/message-thread.js';
import type { YoldasSocket } from '../shared/socket.js';

const ACK_TIMEOUT_MS = 8_000;

function upsert(list: MessageView[], m: MessageView): MessageView[] {
  return list.some((x) => x.id === m.id)
    ? list
    : [...list, m].sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The driver's conversation with dispatch: the last day's messages, new ones
 * pushed live; canned replies for one-handed use. Sent over the socket when
 * connected, else over HTTP; a resend carries the same id and counts once.
 */
export function DriverMessages(props: { socket: YoldasSocket | undefined }) {
  const { t } = useI18n();
  const [messages, setMessages] = useState<MessageView[]>([]);

  useEffect(() => {
    const socket = props.socket;
    const load = () =>
      apiGet<MessageView[]>('/driver/messages')
        .then((all) => setMessages((old) => all.reduce(upsert, old)))
        .catch(() => {});
    void load();
    const onMessage = (m: MessageView) => {
      setMessages((old) => upsert(old, m));
      // A driver at the wheel does not watch the screen: dispatch's message buzzes the phone.
      if (!m.fromDriver) navigator.vibrate?.(200);
    };
    socket?.on('message', onMessage);
    socket?.on('connect', load);
    return () => {
      socket?.off('message', onMessage);
      socket?.off('connect', load);
    };
  }, [props.socket]);

  const send = async (body: string) => {
    const input = { body, clientMessageId: newId() };
    const socket = props.socket;
    if (socket?.connected) {
      try {
        const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('driver:message', input);
        if (!ack.ok) throw new ApiError(400, ack.error.code, ack.error.message);
        setMessages((old) => upsert(old, ack.data));
        return;
      } catch (error) {
        if (error instanceof ApiError) throw error;
        // No answer in time: the same message over HTTP (counted once by its id).
      }
    }
    const res = await apiRequest<MessageView>('/driver/messages', { method: 'POST', body: input });
    setMessages((old) => upsert(old, res.body));
  };

  return (
    <MessageThread
      title={t('messages.title')}
      messages={messages}
      canned={DRIVER_CANNED}
      mine={(m) => m.fromDriver}
      onSend={send}
    />
  );
}
