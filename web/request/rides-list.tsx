import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type BookingView, ridesOf } from './citizen-api.js';
import { MessagePreferences } from './message-preferences.js';
import { type RequestKey, useT } from './messages.js';
import { spokenTime } from './request-body.js';

/** Coming and past rides; a past one is asked for again in two taps (Ask again, then the time). */
export function RidesList(props: {
  citizenId: string;
  onOpen: (id: string) => void;
  onRebook: (ride: BookingView) => void;
}) {
  const { t, lang } = useT();
  const [rides, setRides] = useState<{ upcoming: BookingView[]; past: BookingView[] } | null>(null);
  useEffect(() => {
    void Promise.all([ridesOf(props.citizenId, 'upcoming'), ridesOf(props.citizenId, 'past')]).then(
      ([upcoming, past]) => setRides({ upcoming, past }),
    );
  }, [props.citizenId]);
  if (!rides) return null;
  const list = (items: BookingView[], past: boolean) =>
    items.length === 0 ? (
      <Text>{t('rides.none')}</Text>
    ) : (
      <ul className="ride-list" style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 8 }}>
        {items.map((r) => (
          <li key={r.id} className="ride-card">
            <Text fw={700}>{spokenTime(r.planned?.pickupAt ?? r.pickupWindow.start, lang)}</Text>
            <Text>
              {r.pickup.label} → {r.dropoff.label}
            </Text>
            <Text>{t(`status.${r.status}` as RequestKey)}</Text>
            <Group mt="xs">
              <Button
                variant="default"
                onClick={() => props.onOpen(r.id)}
                aria-label={`${t('rides.open')}: ${r.pickup.label} → ${r.dropoff.label}`}
              >
                {t('rides.open')}
              </Button>
              {past && (
                <Button variant="default" onClick={() => props.onRebook(r)}>
                  {t('rides.rebook')}
                </Button>
              )}
            </Group>
          </li>
        ))}
      </ul>
    );
  return (
    <Stack>
      <Title order={2}>{t('rides.upcoming')}</Title>
      {list(rides.upcoming, false)}
      <Title order={2}>{t('rides.past')}</Title>
      {list(rides.past, true)}
      <MessagePreferences citizenId={props.citizenId} />
    </Stack>
  );
}
