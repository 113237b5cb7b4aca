import { Alert, Button, Container, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../shared/i18n.js';
import { LoginForm } from '../shared/login-form.js';
import { mount } from '../shared/mount.js';
import { PageHeader } from '../shared/page-header.js';
import { homeOf, loadSession, type Session } from '../shared/session.js';
import { ResetCodeForm } from './reset-code-form.js';
import { useResetText } from './reset-text.js';

function go(session: Session) {
  window.location.assign(homeOf(session.user.role));
}

/** The front door: log in, then go to the screen of your role; or set a password with a reset code (#reset). */
function LoginPage() {
  const { t } = useI18n();
  const r = useResetText();
  const [resetting, setResetting] = useState(() => window.location.hash === '#reset');
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    const follow = () => setResetting(window.location.hash === '#reset');
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const show = (reset: boolean) => {
    setResetting(reset);
    window.history.replaceState(null, '', reset ? '#reset' : window.location.pathname);
  };
  useEffect(() => {
    const session = loadSession();
    if (session) go(session);
  }, []);
  return (
    <Container size="sm" py="md">
      <PageHeader title={t('app.name')} />
      {resetting ? (
        <ResetCodeForm
          onDone={() => {
            setChanged(true);
            show(false);
          }}
          onBack={() => show(false)}
        />
      ) : (
        <>
          {changed && (
            <Alert role="status" color="green" variant="outline" maw={420} mx="auto" mt="xl">
              {r('done')}
            </Alert>
          )}
          <LoginForm onLoggedIn={go} />
          <Group justify="center" mt="md">
            <Button variant="subtle" onClick={() => show(true)}>
              {r('open')}
            </Button>
          </Group>
        </>
      )}
    </Container>
  );
}

mount(<LoginPage />);
