import { useEffect, useState } from 'react';
import type { MessageView } from '../../src/realtime/events.js';
import { apiGet, apiRequest } from '../shared/api.js';
import { DISPATCH_CANNED } from '../shared/canned-messages.js';
import { useI18n } from '../shared/i18n.js';
import { newId } from '../shared/ids.js';
import { MessageThread } from '../shared/message-thread.js';
import type { YoldasSocket } from '../shared/socket.js';

export function upsertMessage(list: MessageView[], m: MessageView): MessageView[] {
  return list.some((x) => x.id === m.id)
    ? list
    : [...list, m].sort((a, b) => a.at.localeCompare(b.at));
}

/** Dispatch's conversation with one driver (the last day's), live; sent with `POST /api/messages`. */
export function DriverConversation(props: {
  socket: YoldasSocket | undefined;
  driverId: string;
  driverName: string;
}) {
  const { t } = useI18n();
  const [messages, setMessages] = useState<MessageView[]>([]);
  const { socket, driverId } = props;

  useEffect(() => {
    setMessages([]);
    const load = () =>
      apiGet<MessageView[]>(`/messages?driverId=${encodeURIComponent(driverId)}`)
        .then((all) => setMessages((old) => all.reduce(upsertMessage, old)))
        .catch(() => {});
    void load();
    const onMessage = (m: MessageView) => {
      if (m.driverId === driverId) setMessages((old) => upsertMessage(old, m));
    };
    socket?.on('message', onMessage);
    socket?.on('connect', load);
    return () => {
      socket?.off('message', onMessage);
      socket?.off('connect', load);
    };
  }, [socket, driverId]);

  return (
    <MessageThread
      title={t('messages.with', { driver: props.driverName })}
      messages={messages}
      canned={DISPATCH_CANNED}
      mine={(m) => !m.fromDriver}
      onSend={async (body) => {
        const res = await apiRequest<MessageView>('/messages', {
          method: 'POST',
          body: { driverId, body, clientMessageId: newId() },
        });
        setMessages((old) => upsertMessage(old, res.body));
      }}
    />
  );
}
