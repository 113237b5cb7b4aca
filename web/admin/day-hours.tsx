import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
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
import type { ServiceView } from '../shared/types.js';
import { useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';

interface DayHours {
  date: string;
  serviceId: string;
  closed: boolean;
  opensAt: string | null;
  closesAt: string | null;
  note: string | null;
}

/** A day's own hours per service (PUT/DELETE /api/day-hours/:date/:serviceId), besides the holidays. */
export function DayHoursPart() {
  const { a, lang } = useAdminText();
  const days = useList<DayHours>(`/day-hours?from=${localDate(-7)}`);
  const services = useList<ServiceView>('/services');
  const [date, setDate] = useState('');
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [closed, setClosed] = useState(false);
  const [opensAt, setOpensAt] = useState('08:00');
  const [closesAt, setClosesAt] = useState('14:00');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const serviceName = (id: string) => {
    const s = services.items?.find((x) => x.id === id);
    return s ? (lang === 'tr' ? s.nameTr : s.nameEn) : id;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!date || !serviceId) {
      setErrors({
        ...(date ? {} : { date: a('hours.date') }),
        ...(serviceId ? {} : { serviceId: a('hours.service') }),
      });
      return;
    }
    setBusy(true);
    try {
      const res = await apiRequest<{ cancelledBookingIds: string[] }>(
        `/day-hours/${date}/${serviceId}`,
        {
          method: 'PUT',
          body: { closed, ...(closed ? {} : { opensAt, closesAt }), ...(note ? { note } : {}) },
        },
      );
      setNotice(a('hours.cancelled', { count: res.body.cancelledBookingIds.length }));
      setErrors({});
      setFailure(undefined);
      days.reload();
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove(d: DayHours) {
    try {
      await apiRequest(`/day-hours/${d.date}/${d.serviceId}`, { method: 'DELETE' });
    } catch (e) {
      setFailure(messageOf(e));
    }
    days.reload();
  }

  return (
    <Stack>
      <Title order={3} size="h4" id="day-hours">
        {a('hours.title')}
      </Title>
      <Text size="sm">{a('hours.help')}</Text>
      {notice && (
        <Alert role="status" color="blue">
          {notice}
        </Alert>
      )}
      {(days.items?.length ?? 0) > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-labelledby="day-hours">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{a('hours.date')}</Table.Th>
                <Table.Th>{a('hours.service')}</Table.Th>
                <Table.Th>{a('hours.hours')}</Table.Th>
                <Table.Th>{a('hours.note')}</Table.Th>
                <Table.Th>{a('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.items?.map((d) => (
                <Table.Tr key={`${d.date}/${d.serviceId}`}>
                  <Table.Td>{dmy(d.date)}</Table.Td>
                  <Table.Td>{serviceName(d.serviceId)}</Table.Td>
                  <Table.Td>
                    {d.closed ? a('hours.closedDay') : `${d.opensAt}–${d.closesAt}`}
                  </Table.Td>
                  <Table.Td>{d.note ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => remove(d)}
                      aria-label={a('hours.removeLabel', {
                        date: dmy(d.date),
                        service: serviceName(d.serviceId),
                      })}
                    >
                      {a('holiday.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {days.items?.length === 0 && <Text>{a('none')}</Text>}
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-labelledby="new-day-hours">
          <Stack>
            <Title order={4} size="h5" id="new-day-hours">
              {a('hours.save')}
            </Title>
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField
                label={a('hours.date')}
                value={date}
                onChange={setDate}
                error={errors.date}
                required
              />
              <Select
                label={a('hours.service')}
                data={(services.items ?? []).map((s) => ({
                  value: s.id,
                  label: serviceName(s.id),
                }))}
                value={serviceId}
                onChange={setServiceId}
                error={errors.serviceId}
                required
                comboboxProps={{ withinPortal: true }}
              />
              <Checkbox
                label={a('hours.closed')}
                checked={closed}
                onChange={(e) => setClosed(e.currentTarget.checked)}
              />
              <TextInput
                label={a('hours.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                error={errors.note}
              />
              {!closed && (
                <>
                  <TextInput
                    label={a('hours.opensAt')}
                    value={opensAt}
                    onChange={(e) => setOpensAt(e.currentTarget.value)}
                    error={errors.opensAt}
                    inputMode="numeric"
                  />
                  <TextInput
                    label={a('hours.closesAt')}
                    value={closesAt}
                    onChange={(e) => setClosesAt(e.currentTarget.value)}
                    error={errors.closesAt}
                    inputMode="numeric"
                  />
                </>
              )}
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>
                {a('hours.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
