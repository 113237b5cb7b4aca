import { Alert, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, login } from './api.js';
import { useI18n } from './i18n.js';
import type { Session } from './session.js';

/** Username and password; calls `onLoggedIn` with the new session. */
export function LoginForm({ onLoggedIn }: { onLoggedIn: (session: Session) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onLoggedIn(await login(username, password));
    } catch (err) {
      setError(
        err instanceof ApiError && err.code !== 'NETWORK' ? err.message : t('error.network'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper component="main" withBorder p="lg" maw={420} mx="auto" mt="xl">
      <form onSubmit={submit} aria-labelledby="login-title">
        <Stack>
          <Title id="login-title" order={2}>
            {t('login.title')}
          </Title>
          <TextInput
            label={t('login.username')}
            autoComplete="username"
            autoCapitalize="none"
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
