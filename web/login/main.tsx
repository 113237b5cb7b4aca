import { Container } from '@mantine/core';
import { useEffect } from 'react';
import { useI18n } from '../shared/i18n.js';
import { LoginForm } from '../shared/login-form.js';
import { mount } from '../shared/mount.js';
import { PageHeader } from '../shared/page-header.js';
import { homeOf, loadSession, type Session } from '../shared/session.js';

function go(session: Session) {
  window.location.assign(homeOf(session.user.role));
}

/** The front door: log in, then go to the screen of your role. */
function LoginPage() {
  const { t } = useI18n();
  useEffect(() => {
    const session = loadSession();
    if (session) go(session);
  }, []);
  return (
    <Container size="sm" py="md">
      <PageHeader title={t('app.name')} />
      <LoginForm onLoggedIn={go} />
    </Container>
  );
}

mount(<LoginPage />);
