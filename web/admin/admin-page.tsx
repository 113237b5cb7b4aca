import { Container, Tabs } from '@mantine/core';
import { PageHeader } from '../shared/page-header.js';
import type { Session } from '../shared/session.js';
import { DriversPanel } from './drivers-panel.js';
import { HolidaysPanel } from './holidays-panel.js';
import { ShiftsPanel } from './shifts-panel.js';
import { useAdminText } from './text.js';
import { VehiclesPanel } from './vehicles-panel.js';

/** The directorate's office: fleet, people, rosters and the calendar, without a database console. */
export function AdminPage({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const { a } = useAdminText();
  return (
    <Container size="xl" py="md">
      <PageHeader title={a('title')} userName={session.user.name} onLogout={onLogout} />
      <main>
        <Tabs defaultValue="vehicles" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="vehicles">{a('tab.vehicles')}</Tabs.Tab>
            <Tabs.Tab value="drivers">{a('tab.drivers')}</Tabs.Tab>
            <Tabs.Tab value="shifts">{a('tab.shifts')}</Tabs.Tab>
            <Tabs.Tab value="holidays">{a('tab.holidays')}</Tabs.Tab>
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
          <Tabs.Panel value="holidays">
            <HolidaysPanel />
          </Tabs.Panel>
        </Tabs>
      </main>
    </Container>
  );
}
