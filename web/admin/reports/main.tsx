import './reports.css';
import { Alert, Container } from '@mantine/core';
import { LoginForm } from '../../shared/login-form.js';
import { mount } from '../../shared/mount.js';
import { PageHeader } from '../../shared/page-header.js';
import { useSession } from '../../shared/use-session.js';
import { ReportsPage } from './reports-page.js';
import { useReportsText } from './text.js';

/** The directorate's figures, for administrators and supervisors. */
function ReportsApp() {
  const { r } = useReportsText();
  const { session, setSession, logout } = useSession();
  const role = session?.user.role;
  if (session && (role === 'admin' || role === 'supervisor'))
    return <ReportsPage session={session} onLogout={logout} />;
  return (
    <Container size="sm" py="md">
      <PageHeader title={r('title')} {...(session ? { onLogout: logout } : {})} />
      {session && (
        <Alert color="orange" role="alert">
          {r('noAccess')}
        </Alert>
      )}
      {!session && <LoginForm onLoggedIn={setSession} />}
    </Container>
  );
}

mount(<ReportsApp />);
