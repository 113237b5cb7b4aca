import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../shared/api.js';
import { askForCode, signIn } from './citizen-api.js';
import { useT } from './messages.js';

/** Phone, then the texted code: two questions, each with its error tied to its field. */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useT();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (sent !== null) codeRef.current?.focus();
  }, [sent]);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : String(e));
    } finally {
      setBusy(false);
    }
  }

  const sendCode = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => setSent((await askForCode(phone)).expiresIn));
  };
  const verify = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await signIn(phone, code);
      onSignedIn();
    });
  };

  return (
    <Stack component="section" aria-labelledby="signin-heading" maw={480}>
      <Title order={2} id="signin-heading">
        {t('signin.heading')}
      </Title>
      {sent === null ? (
        <form onSubmit={sendCode} noValidate>
          <Stack>
            <TextInput
              label={t('signin.phone')}
              description={t('signin.phoneHint')}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              required
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              error={error ?? undefined}
              data-autofocus
            />
            <Button type="submit" loading={busy}>
              {t('signin.send')}
            </Button>
          </Stack>
        </form>
      ) : (
        <form onSubmit={verify} noValidate>
          <Stack>
            <Text role="status">{t('signin.sent', { minutes: Math.round(sent / 60) })}</Text>
            <TextInput
              ref={codeRef}
              label={t('signin.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
              error={error ?? undefined}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('signin.verify')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setSent(null);
                  setCode('');
                  setError(null);
                }}
              >
                {t('signin.other')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <Alert color="gray" variant="light">
        {t('signin.note')}
      </Alert>
    </Stack>
  );
}
