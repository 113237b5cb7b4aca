import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../shared/api.js';
import { dmyHm } from '../shared/time.js';
import { RowAction } from './row-action.js';
import { useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';

interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'supervisor' | 'operator' | 'driver';
  active: boolean;
  lastLoginAt: string | null;
}

/** Logins: made without a password; the user sets one with a one-time code. */
export function UsersPanel() {
  const { a, t } = useAdminText();
  const users = useList<UserView>('/users');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<string | null>('operator');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [code, setCode] = useState<{ who: string; code: string; expiresAt: string }>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const res = await apiRequest<{
        user: UserView;
        reset: { code: string; expiresAt: string };
      }>('/users', { method: 'POST', body: { username, displayName, role: role ?? '' } });
      setCode({ who: res.body.user.username, ...res.body.reset });
      setUsername('');
      setDisplayName('');
      setErrors({});
      setFailure(undefined);
      users.reload();
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    }
  }

  async function reset(u: UserView) {
    try {
      const res = await apiRequest<{ code: string; expiresAt: string }>(
        `/users/${u.id}/reset-code`,
        { method: 'POST' },
      );
      setCode({ who: u.username, ...res.body });
    } catch (e) {
      setFailure(messageOf(e));
    }
  }

  async function deactivate(u: UserView) {
    if (!window.confirm(a('user.deactivateConfirm', { name: u.displayName }))) return;
    try {
      await apiRequest(`/users/${u.id}/deactivate`, { method: 'POST' });
    } catch (e) {
      setFailure(messageOf(e));
    }
    users.reload();
  }

  return (
    <Stack>
      <Title order={2} size="h3">
        {a('tab.users')}
      </Title>
      {code && (
        <Alert
          role="status"
          color="blue"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setCode(undefined)}
          title={a('user.codeTitle', { name: code.who })}
        >
          <Code fz="lg">{code.code}</Code> {a('user.codeHelp', { until: dmyHm(code.expiresAt) })}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{a('driver.username')}</Table.Th>
              <Table.Th>{a('driver.fullName')}</Table.Th>
              <Table.Th>{a('user.role')}</Table.Th>
              <Table.Th>{a('user.lastLogin')}</Table.Th>
              <Table.Th>{a('vehicle.status')}</Table.Th>
              <Table.Th>{a('actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.items?.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.username}</Table.Td>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{t(`role.${u.role}`)}</Table.Td>
                <Table.Td>{u.lastLoginAt ? dmyHm(u.lastLoginAt) : a('user.never')}</Table.Td>
                <Table.Td>
                  <Badge color={u.active ? 'green' : 'gray'} variant="light">
                    {u.active ? a('active') : a('inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {u.active && (
                    <Group gap="xs" wrap="nowrap">
                      <RowAction label={a('user.reset')} of={u.username} onClick={() => reset(u)} />
                      {u.role !== 'driver' && (
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          onClick={() => deactivate(u)}
                          aria-label={`${a('driver.deactivate')}: ${u.username}`}
                        >
                          {a('driver.deactivate')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-labelledby="new-user">
          <Stack>
            <Title order={3} size="h4" id="new-user">
              {a('user.new')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={a('driver.username')}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={errors.username}
                autoComplete="off"
                required
              />
              <TextInput
                label={a('driver.fullName')}
                value={displayName}
                onChange={(e) => setDisplayName(e.currentTarget.value)}
                error={errors.displayName}
                required
              />
              <Select
                label={a('user.role')}
                data={(['operator', 'supervisor', 'admin'] as const).map((r) => ({
                  value: r,
                  label: t(`role.${r}`),
                }))}
                value={role}
                onChange={setRole}
                error={errors.role}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit">{a('add')}</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
