import { Anchor, Stack, Text } from '@mantine/core';
import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';
import { apiGet } from '../shared/api.js';
import { Announce } from './choices.js';
import { useT } from './messages.js';
import { ZONE } from './request-body.js';

interface PolicyState {
  suspension: { endsAt: string } | null;
  callCenterPhone: string;
}

const WORDS = {
  tr: {
    suspended:
      'Şu an buradan yolculuk isteyemezsiniz: {until} tarihine kadar yolculuklarınızı çağrı merkezimiz alıyor. Lütfen bizi arayın; sizin için yolculuk alırız.',
    call: '{phone} numarasını ara',
  },
  en: {
    suspended:
      'You cannot request a ride here for now: until {until} our call centre books your rides. Please call us; we will book the ride for you.',
    call: 'Call {phone}',
  },
};

/** "6 Aralık Pazar 23:59" / "Sunday 6 December, 23:59": the day first, as it is said. */
function untilInWords(iso: string, lang: 'tr' | 'en'): string {
  const at = DateTime.fromISO(iso, { zone: ZONE }).setLocale(lang);
  return at.toFormat(lang === 'tr' ? 'd MMMM cccc HH:mm' : 'cccc d MMMM, HH:mm');
}

/**
 * Said before the form when an operator suspended this citizen's own
 * requests: until when, and the number to call (the operators still book).
 */
export function SelfBookingNotice({ citizenId }: { citizenId: string }) {
  const { lang } = useT();
  const [state, setState] = useState<PolicyState>();
  useEffect(() => {
    apiGet<PolicyState>(`/citizens/${citizenId}/policy-history`).then(setState, () =>
      setState(undefined),
    );
  }, [citizenId]);
  if (!state?.suspension) return null;
  const w = WORDS[lang];
  const phone = state.callCenterPhone;
  return (
    <Announce>
      <Stack gap="xs">
        <Text fw={700}>
          {w.suspended.replace('{until}', untilInWords(state.suspension.endsAt, lang))}
        </Text>
        <Anchor href={`tel:${phone}`} size="lg" fw={700}>
          {w.call.replace('{phone}', phone)}
        </Anchor>
      </Stack>
    </Announce>
  );
}
