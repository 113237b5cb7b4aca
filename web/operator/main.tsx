import { Alert, Container } from '@mantine/core';
import { useI18n } from '../shared/i18n.js';
import { LoginForm } from '../shared/login-form.js';
import { mount } from '../shared/mount.js';
import { PageHeader } from '../shared/page-header.js';
import { useSession } from '../shared/use-session.js';
import { OperatorPage } from './operator-page.js';

function OperatorApp() {
  const { t } = useI18n();
  const { session, setSession, logout } = useSession();
  if (session && session.user.role !== 'driver')
    return <OperatorPage session={session} onLogout={logout} />;
  return (
    <Container size="sm" py="md">
      <PageHeader title={t('app.name')} />
      {session && (
        <Alert color="orange" role="alert">
          {t('login.wrongPage', { role: t('role.driver') })}
        </Alert>
      )}
      <LoginForm onLoggedIn={setSession} />
    </Container>
  );
}

mount(<OperatorApp />);
