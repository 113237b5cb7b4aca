import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../shared/api.js';
import { DateField } from '../shared/date-fields.js';
import { dmy, localDate } from '../shared/time.js';
import { DayHoursPart } from './day-hours.js';
import { useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';

interface HolidayView {
  date: string;
  name: string;
}

/** The calendar standing orders skip (GET/POST/DELETE /api/holidays). */
export function HolidaysPanel() {
  const { a } = useAdminText();
  const holidays = useList<HolidayView>(`/holidays?from=${localDate(-30)}`);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await apiRequest('/holidays', { method: 'POST', body: { date, name } });
      setDate('');
      setName('');
      setErrors({});
      setFailure(undefined);
      holidays.reload();
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove(h: HolidayView) {
    try {
      await apiRequest(`/holidays/${h.date}`, { method: 'DELETE' });
    } catch (e) {
      setFailure(messageOf(e));
    }
    holidays.reload();
  }

  return (
    <Stack>
      <Title order={2} size="h3">
        {a('tab.holidays')}
      </Title>
      <Text size="sm">{a('holiday.help')}</Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{a('holiday.date')}</Table.Th>
            <Table.Th>{a('holiday.name')}</Table.Th>
            <Table.Th>{a('actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {holidays.items?.map((h) => (
            <Table.Tr key={h.date}>
              <Table.Td>{dmy(h.date)}</Table.Td>
              <Table.Td>{h.name}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => remove(h)}
                  aria-label={a('holiday.removeLabel', { date: dmy(h.date) })}
                >
                  {a('holiday.remove')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {holidays.items?.length === 0 && <Text>{a('none')}</Text>}
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-labelledby="new-holiday">
          <Stack>
            <Title order={3} size="h4" id="new-holiday">
              {a('holiday.new')}
            </Title>
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <Group align="flex-start" grow>
              <DateField
                label={a('holiday.date')}
                value={date}
                onChange={setDate}
                error={errors.date}
                required
              />
              <TextInput
                label={a('holiday.name')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.name}
                required
              />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>
                {a('add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <DayHoursPart />
    </Stack>
  );
}
