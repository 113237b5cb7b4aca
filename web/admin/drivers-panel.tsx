import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../shared/api.js';
import { DateField } from '../shared/date-fields.js';
import { dmy, localDate } from '../shared/time.js';
import { RowAction } from './row-action.js';
import { useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';
import { useWithdrawalText } from './vehicles-panel.js';

export interface DriverView {
  id: string;
  fullName: string;
  phone: string;
  active: boolean;
  licenceClass: string | null;
  licenceExpiresOn: string | null;
  licenceWarning: 'expired' | 'expiring' | null;
  username: string | null;
}

export function DriversPanel() {
  const { a, t } = useAdminText();
  const drivers = useList<DriverView>('/drivers');
  const [creating, setCreating] = useState(false);
  const [absent, setAbsent] = useState<DriverView | null>(null);
  const [editing, setEditing] = useState<DriverView | null>(null);
  const [notice, setNotice] = useState<string>();
  const withdrawalText = useWithdrawalText();

  async function deactivate(d: DriverView) {
    if (!window.confirm(a('driver.deactivateConfirm', { name: d.fullName }))) return;
    try {
      const res = await apiRequest<{ withdrawal: Parameters<typeof withdrawalText>[0] }>(
        `/drivers/${d.id}/deactivate`,
        { method: 'POST' },
      );
      setNotice(withdrawalText(res.body.withdrawal));
    } catch (e) {
      setNotice(messageOf(e));
    }
    drivers.reload();
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {a('tab.drivers')}
        </Title>
        <Button onClick={() => setCreating(true)}>{a('driver.new')}</Button>
      </Group>
      {notice && (
        <Alert
          role="status"
          color="blue"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(undefined)}
        >
          {notice}
        </Alert>
      )}
      {drivers.error && <Alert color="red">{drivers.error}</Alert>}
      <Table.ScrollContainer minWidth={700}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{a('driver.fullName')}</Table.Th>
              <Table.Th>{a('driver.phone')}</Table.Th>
              <Table.Th>{a('driver.username')}</Table.Th>
              <Table.Th>{a('driver.licence')}</Table.Th>
              <Table.Th>{a('vehicle.status')}</Table.Th>
              <Table.Th>{a('actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {drivers.items?.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.fullName}</Table.Td>
                <Table.Td>{d.phone}</Table.Td>
                <Table.Td>{d.username ?? '—'}</Table.Td>
                <Table.Td>
                  {d.licenceClass ?? '—'}
                  {d.licenceExpiresOn ? ` · ${dmy(d.licenceExpiresOn)}` : ''}
                  {d.licenceWarning && (
                    <Badge ml="xs" color={d.licenceWarning === 'expired' ? 'red.9' : 'yellow'}>
                      {a(d.licenceWarning === 'expired' ? 'driver.expired' : 'driver.expiring')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={d.active ? 'green' : 'gray'} variant="light">
                    {d.active ? a('active') : a('inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {d.active && (
                    <Group gap="xs" wrap="nowrap">
                      <RowAction
                        label={a('driver.edit')}
                        of={d.fullName}
                        onClick={() => setEditing(d)}
                      />
                      <RowAction
                        label={a('driver.absence')}
                        of={d.fullName}
                        onClick={() => setAbsent(d)}
                      />
                      <RowAction
                        label={a('driver.deactivate')}
                        of={d.fullName}
                        onClick={() => deactivate(d)}
                        danger
                      />
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {drivers.items?.length === 0 && <Text>{a('none')}</Text>}
      {creating && (
        <DriverForm
          onClose={(saved) => {
            setCreating(false);
            if (saved) {
              setNotice(a('saved'));
              drivers.reload();
            }
          }}
        />
      )}
      {editing && (
        <DriverEditForm
          driver={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              setNotice(a('saved'));
              drivers.reload();
            }
          }}
        />
      )}
      {absent && (
        <AbsenceForm
          driver={absent}
          onClose={(message) => {
            setAbsent(null);
            if (message) setNotice(message);
          }}
        />
      )}
    </Stack>
  );
}

function DriverForm(props: { onClose: (saved?: boolean) => void }) {
  const { a, t } = useAdminText();
  const [fullName, setFullName] = useState('');
  const [phone, setPhone] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [licenceClass, setLicenceClass] = useState('');
  const [licenceExpiresOn, setLicenceExpiresOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await apiRequest('/drivers', {
        method: 'POST',
        body: {
          fullName,
          phone,
          username,
          password,
          ...(licenceClass ? { licenceClass } : {}),
          ...(licenceExpiresOn ? { licenceExpiresOn } : {}),
        },
      });
      props.onClose(true);
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      onClose={() => props.onClose()}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={a('driver.new')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={a('driver.fullName')}
              value={fullName}
              onChange={(e) => setFullName(e.currentTarget.value)}
              error={errors.fullName}
              required
            />
            <TextInput
              label={a('driver.phone')}
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              error={errors.phone}
              type="tel"
              required
            />
            <TextInput
              label={a('driver.username')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={errors.username}
              autoComplete="off"
              required
            />
            <PasswordInput
              label={a('driver.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
              autoComplete="new-password"
              required
            />
            <TextInput
              label={a('driver.licenceClass')}
              value={licenceClass}
              onChange={(e) => setLicenceClass(e.currentTarget.value)}
              error={errors.licenceClass}
            />
            <DateField
              label={a('driver.licenceExpiresOn')}
              value={licenceExpiresOn}
              onChange={setLicenceExpiresOn}
              error={errors.licenceExpiresOn}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => props.onClose()}>
              {a('cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {a('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function AbsenceForm(props: { driver: DriverView; onClose: (message?: string) => void }) {
  const { a, t } = useAdminText();
  const withdrawalText = useWithdrawalText();
  const [kind, setKind] = useState<'leave' | 'sickness'>('leave');
  const [startsOn, setStartsOn] = useState(localDate());
  const [endsOn, setEndsOn] = useState(localDate());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const res = await apiRequest<{ withdrawal: Parameters<typeof withdrawalText>[0] }>(
        `/drivers/${props.driver.id}/absences`,
        { method: 'POST', body: { kind, startsOn, endsOn, ...(note ? { note } : {}) } },
      );
      props.onClose(withdrawalText(res.body.withdrawal));
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={() => props.onClose()}
      title={a('driver.absenceTitle', { name: props.driver.fullName })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{a('driver.absenceHelp')}</Text>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <SegmentedControl
            aria-label={a('driver.kind')}
            value={kind}
            onChange={(v) => setKind(v as 'leave' | 'sickness')}
            data={[
              { value: 'leave', label: a('driver.leave') },
              { value: 'sickness', label: a('driver.sickness') },
            ]}
          />
          <SimpleGrid cols={2}>
            <DateField
              label={a('driver.startsOn')}
              value={startsOn}
              onChange={setStartsOn}
              error={errors.startsOn}
              required
            />
            <DateField
              label={a('driver.endsOn')}
              value={endsOn}
              onChange={setEndsOn}
              error={errors.endsOn}
              required
            />
          </SimpleGrid>
          <TextInput
            label={a('driver.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => props.onClose()}>
              {a('cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {a('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DriverEditForm(props: { driver: DriverView; onClose: (saved?: boolean) => void }) {
  const { a, t } = useAdminText();
  const d = props.driver;
  const [fullName, setFullName] = useState(d.fullName);
  const [phone, setPhone] = useState(d.phone);
  const [licenceClass, setLicenceClass] = useState(d.licenceClass ?? '');
  const [licenceExpiresOn, setLicenceExpiresOn] = useState(d.licenceExpiresOn ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await apiRequest(`/drivers/${d.id}`, {
        method: 'PATCH',
        body: {
          fullName,
          phone,
          licenceClass: licenceClass || null,
          licenceExpiresOn: licenceExpiresOn || null,
        },
      });
      props.onClose(true);
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    }
  }

  return (
    <Modal
      opened
      onClose={() => props.onClose()}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={`${a('driver.edit')}: ${d.fullName}`}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={a('driver.fullName')}
              value={fullName}
              onChange={(e) => setFullName(e.currentTarget.value)}
              error={errors.fullName}
            />
            <TextInput
              label={a('driver.phone')}
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              error={errors.phone}
              type="tel"
            />
            <TextInput
              label={a('driver.licenceClass')}
              value={licenceClass}
              onChange={(e) => setLicenceClass(e.currentTarget.value)}
              error={errors.licenceClass}
            />
            <DateField
              label={a('driver.licenceExpiresOn')}
              value={licenceExpiresOn}
              onChange={setLicenceExpiresOn}
              error={errors.licenceExpiresOn}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => props.onClose()}>
              {a('cancel')}
            </Button>
            <Button type="submit">{a('save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
