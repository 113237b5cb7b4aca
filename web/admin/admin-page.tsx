import { Anchor, Container, Tabs } from '@mantine/core';
import { PageHeader } from '../shared/page-header.js';
import type { Session } from '../shared/session.js';
import { AuditPanel } from './audit-panel.js';
import { DriversPanel } from './drivers-panel.js';
import { EligibilityPanel } from './eligibility-panel.js';
import { HolidaysPanel } from './holidays-panel.js';
import { useReportsText } from './reports/text.js';
import { RostersPanel } from './rosters-panel.js';
import { ServicesPanel } from './services-panel.js';
import { ShiftsPanel } from './shifts-panel.js';
import { useAdminText } from './text.js';
import { UsersPanel } from './users-panel.js';
import { VehiclesPanel } from './vehicles-panel.js';

/** The directorate's office: fleet, people, rosters and the calendar, without a database console. */
export function AdminPage({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const { a } = useAdminText();
  const { r } = useReportsText();
  // A supervisor decides eligibility here; the rest of the office is the administrators'.
  if (session.user.role === 'supervisor')
    return (
      <Container size="xl" py="md">
        <PageHeader title={a('title')} userName={session.user.name} onLogout={onLogout}>
          <Anchor href="/admin/reports/">{r('title')}</Anchor>
        </PageHeader>
        <main>
          <EligibilityPanel />
        </main>
      </Container>
    );
  return (
    <Container size="xl" py="md">
      <PageHeader title={a('title')} userName={session.user.name} onLogout={onLogout}>
        <Anchor href="/admin/reports/">{r('title')}</Anchor>
      </PageHeader>
      <main>
        <Tabs defaultValue="vehicles" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="vehicles">{a('tab.vehicles')}</Tabs.Tab>
            <Tabs.Tab value="drivers">{a('tab.drivers')}</Tabs.Tab>
            <Tabs.Tab value="shifts">{a('tab.shifts')}</Tabs.Tab>
            <Tabs.Tab value="rosters">{a('tab.rosters')}</Tabs.Tab>
            <Tabs.Tab value="holidays">{a('tab.holidays')}</Tabs.Tab>
            <Tabs.Tab value="services">{a('tab.services')}</Tabs.Tab>
            <Tabs.Tab value="eligibility">{a('tab.eligibility')}</Tabs.Tab>
            <Tabs.Tab value="users">{a('tab.users')}</Tabs.Tab>
            <Tabs.Tab value="audit">{a('tab.audit')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="vehicles">
            <VehiclesPanel />
          </Tabs.Panel>
          <Tabs.Panel value="drivers">
            <DriversPanel />
          </Tabs.Panel>
          <Tabs.Panel value="shifts">
            <ShiftsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="rosters">
            <RostersPanel />
          </Tabs.Panel>
          <Tabs.Panel value="holidays">
            <HolidaysPanel />
          </Tabs.Panel>
          <Tabs.Panel value="services">
            <ServicesPanel />
          </Tabs.Panel>
          <Tabs.Panel value="eligibility">
            <EligibilityPanel />
          </Tabs.Panel>
          <Tabs.Panel value="users">
            <UsersPanel />
          </Tabs.Panel>
          <Tabs.Panel value="audit">
            <AuditPanel />
          </Tabs.Panel>
        </Tabs>
      </main>
    </Container>
  );
}
