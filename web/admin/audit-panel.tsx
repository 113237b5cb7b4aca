import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, apiGet } from '../shared/api.js';
import { DateField } from '../shared/date-fields.js';
import { loadSession } from '../shared/session.js';
import { dmyHm, toInstant } from '../shared/time.js';
import { useAdminText } from './text.js';
import { useList } from './use-list.js';

interface Entry {
  id: number;
  at: string;
  username: string | null;
  role: string;
  action: string;
  entity: string;
  entityId: string | null;
  citizenId: string | null;
}

/** The audit log: who read or changed what, searched by action, user, citizen and period; CSV export. */
export function AuditPanel() {
  const { a } = useAdminText();
  const [action, setAction] = useState('');
  const [citizenId, setCitizenId] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const users = useList<{ id: string; username: string }>('/users');
  const [entries, setEntries] = useState<Entry[]>();
  const [failure, setFailure] = useState<string>();

  const query = () => {
    const q = new URLSearchParams();
    if (action.trim()) q.set('action', action.trim());
    if (citizenId.trim()) q.set('citizenId', citizenId.trim());
    if (userId) q.set('userId', userId);
    // Whole local days: from the first day's start to the end of the last.
    if (from) q.set('from', toInstant(from, '00:00') ?? '');
    if (to) q.set('to', toInstant(to, '23:59') ?? '');
    return q.toString();
  };

  async function search(event?: FormEvent) {
    event?.preventDefault();
    try {
      const page = await apiGet<{ entries: Entry[] }>(`/audit?${query()}&limit=100`);
      setEntries(page.entries);
      setFailure(undefined);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    }
  }

  async function exportCsv() {
    // The export needs the bearer token, so it is fetched and saved rather than linked.
    const res = await fetch(`/api/audit.csv?${query()}`, {
      headers: { Authorization: `Bearer ${loadSession()?.accessToken ?? ''}` },
    });
    const url = URL.createObjectURL(await res.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = 'denetim-kaydi.csv';
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <Stack>
      <Title order={2} size="h3">
        {a('tab.audit')}
      </Title>
      <form onSubmit={search} aria-label={a('audit.search')}>
        <Group align="flex-end">
          <TextInput
            label={a('audit.action')}
            description={a('audit.actionHelp')}
            value={action}
            onChange={(e) => setAction(e.currentTarget.value)}
          />
          <Select
            label={a('audit.user')}
            data={(users.items ?? []).map((u) => ({ value: u.id, label: u.username }))}
            value={userId}
            onChange={setUserId}
            clearable
            clearButtonProps={{ 'aria-label': a('audit.clearUser') }}
            searchable
            comboboxProps={{ withinPortal: true }}
          />
          <DateField label={a('audit.from')} value={from} onChange={setFrom} />
          <DateField label={a('audit.to')} value={to} onChange={setTo} />
          <TextInput
            label={a('audit.citizen')}
            value={citizenId}
            onChange={(e) => setCitizenId(e.currentTarget.value)}
          />
          <Button type="submit">{a('audit.search')}</Button>
          <Button variant="default" onClick={exportCsv}>
            {a('audit.export')}
          </Button>
        </Group>
      </form>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {entries && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{a('audit.at')}</Table.Th>
                <Table.Th>{a('driver.username')}</Table.Th>
                <Table.Th>{a('audit.action')}</Table.Th>
                <Table.Th>{a('audit.entity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{dmyHm(e.at)}</Table.Td>
                  <Table.Td>{e.username ?? e.role}</Table.Td>
                  <Table.Td>{e.action}</Table.Td>
                  <Table.Td>
                    {e.entity}
                    {e.entityId ? ` ${e.entityId}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {entries?.length === 0 && <Text>{a('none')}</Text>}
    </Stack>
  );
}
