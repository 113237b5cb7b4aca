import { Alert, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { useT } from './messages.js';

/* Its words beside it, in short sentences. */
const words = {
  tr: {
    title: 'Mesajlar',
    label: 'Yalnız gerekli mesajları gönder',
    help: 'Açarsanız hatırlatma gelmez. Araç yola çıkınca ve kapınıza gelince yine mesaj alırsınız. Yakın bir yolculuğunuz değişirse ya da iptal olursa da haber veririz. Yolculuklarınıza gelmediğiniz için uyarı alırsanız onu da göndeririz.',
    saved: 'Kaydedildi.',
  },
  en: {
    title: 'Messages',
    label: 'Send only the messages I need',
    help: 'If you turn this on, you get no reminders. You still get a message when the car sets off and when it is at your door. We also tell you if a ride soon is changed or cancelled, and if you are warned for missing rides.',
    saved: 'Saved.',
  },
};

/** The citizen's own choice: every message, or only the essential ones. */
export function MessagePreferences(props: { citizenId: string }) {
  const { lang } = useT();
  const w = words[lang];
  const [essentialOnly, setEssentialOnly] = useState<boolean>();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();
  const path = `/me/citizens/${props.citizenId}/notification-preferences`;

  useEffect(() => {
    apiGet<{ essentialOnly: boolean }>(path).then(
      (p) => setEssentialOnly(p.essentialOnly),
      () => undefined,
    );
  }, [path]);

  async function choose(value: boolean) {
    setSaved(false);
    setError(undefined);
    const before = essentialOnly;
    // The switch moves at once; it goes back if the change is refused.
    setEssentialOnly(value);
    try {
      const { body } = await apiRequest<{ essentialOnly: boolean }>(path, {
        method: 'PUT',
        body: { essentialOnly: value, language: lang },
      });
      setEssentialOnly(body.essentialOnly);
      setSaved(true);
    } catch (err) {
      setEssentialOnly(before);
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }

  if (essentialOnly === undefined) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="message-preferences">
      <Stack gap="sm">
        <Title order={2} id="message-preferences">
          {w.title}
        </Title>
        <Switch
          size="lg"
          checked={essentialOnly}
          onChange={(e) => void choose(e.currentTarget.checked)}
          label={w.label}
          description={w.help}
        />
        <div aria-live="polite">{saved && <Text>{w.saved}</Text>}</div>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
