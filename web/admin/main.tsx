import './admin.css';
import { Alert, Container } from '@mantine/core';
import { LoginForm } from '../shared/login-form.js';
import { mount } from '../shared/mount.js';
import { PageHeader } from '../shared/page-header.js';
import { useSession } from '../shared/use-session.js';
import { AdminPage } from './admin-page.js';
import { useAdminText } from './text.js';

function AdminApp() {
  const { a } = useAdminText();
  const { session, setSession, logout } = useSession();
  // Supervisors decide eligibility here; everything else is the administrators'.
  if (session?.user.role === 'admin' || session?.user.role === 'supervisor')
    return <AdminPage session={session} onLogout={logout} />;
  return (
    <Container size="sm" py="md">
      <PageHeader title={a('title')} {...(session ? { onLogout: logout } : {})} />
      {session && (
        <Alert color="orange" role="alert">
          {a('error.noAccess')}
        </Alert>
      )}
      {!session && <LoginForm onLoggedIn={setSession} />}
    </Container>
  );
}

mount(<AdminApp />);
