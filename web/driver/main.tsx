import { Alert, Container } from '@mantine/core';
import { useI18n } from '../shared/i18n.js';
import { LoginForm } from '../shared/login-form.js';
import { mount } from '../shared/mount.js';
import { PageHeader } from '../shared/page-header.js';
import { useSession } from '../shared/use-session.js';
import { DriverPage } from './driver-page.js';

function DriverApp() {
  const { t } = useI18n();
  const { session, setSession, logout } = useSession();
  if (session?.user.role === 'driver') return <DriverPage session={session} onLogout={logout} />;
  return (
    <Container size="xs" py="md">
      <PageHeader title={t('driver.title')} />
      {session && (
        <Alert color="orange" role="alert">
          {t('login.wrongPage', { role: t(`role.${session.user.role}`) })}
        </Alert>
      )}
      <LoginForm onLoggedIn={setSession} />
    </Container>
  );
}

mount(<DriverApp />);

// Installable, and opens with no connection: the service worker keeps the page (see sw.js).
if ('serviceWorker' in navigator) {
  void navigator.serviceWorker.register('/driver/sw.js', { scope: '/driver/' }).catch(() => {
    // No service worker (a private window, an old browser): the page works online as before.
  });
}
