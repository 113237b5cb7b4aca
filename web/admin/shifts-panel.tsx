import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { DateTime } from 'luxon';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../shared/api.js';
import { DateField, TimeField } from '../shared/date-fields.js';
import { localDate, timeRange, toInstant, ZONE } from '../shared/time.js';
import type { DriverView } from './drivers-panel.js';
import { useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';
import { useWithdrawalText, type VehicleView } from './vehicles-panel.js';

interface ShiftView {
  id: string;
  driverName: string;
  vehiclePlate: string;
  startsAt: string;
  endsAt: string;
  breakEarliest: string | null;
  breakLatest: string | null;
  breakMinutes: number;
}

/** A day's shifts, and a one-off shift added to it. */
export function ShiftsPanel() {
  const { a, t } = useAdminText();
  const [day, setDay] = useState(localDate());
  const shifts = useList<ShiftView>(day ? `/shifts?date=${day}` : null);
  const drivers = useList<DriverView>('/drivers');
  const vehicles = useList<VehicleView>('/vehicles');
  const [driverId, setDriverId] = useState<string | null>(null);
  const [vehicleId, setVehicleId] = useState<string | null>(null);
  const [start, setStart] = useState('08:00');
  const [end, setEnd] = useState('16:00');
  const [nextDay, setNextDay] = useState(false);
  const [breakMinutes, setBreakMinutes] = useState<number>(30);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const withdrawalText = useWithdrawalText();

  async function cancel(s: ShiftView) {
    const reason = window.prompt(a('shift.cancelReason', { plate: s.vehiclePlate }));
    if (!reason) return;
    try {
      const res = await apiRequest<{ withdrawal: Parameters<typeof withdrawalText>[0] }>(
        `/shifts/${s.id}/cancel`,
        { method: 'POST', body: { reason } },
      );
      setNotice(withdrawalText(res.body.withdrawal));
    } catch (e) {
      setFailure(messageOf(e));
    }
    shifts.reload();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    const startsAt = toInstant(day, start) ?? '';
    const endDay = nextDay
      ? DateTime.fromISO(day, { zone: ZONE }).plus({ days: 1 }).toISODate()!
      : day;
    const endsAt = toInstant(endDay, end) ?? '';
    // The break may fall anywhere in the shift's middle: from its second hour to an hour before its end.
    const breakWindow =
      breakMinutes > 0 && startsAt && endsAt
        ? {
            breakEarliest: DateTime.fromISO(startsAt).plus({ hours: 1 }).toISO()!,
            breakLatest: DateTime.fromISO(endsAt).minus({ hours: 1 }).toISO()!,
            breakMinutes,
          }
        : {};
    try {
      await apiRequest('/shifts', {
        method: 'POST',
        body: {
          driverId: driverId ?? '',
          vehicleId: vehicleId ?? '',
          startsAt,
          endsAt,
          ...breakWindow,
        },
      });
      setErrors({});
      setNotice(a('saved'));
      shifts.reload();
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={2} size="h3">
        {a('tab.shifts')}
      </Title>
      <DateField label={a('shift.day')} value={day} onChange={setDay} />
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
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{a('shift.vehicle')}</Table.Th>
              <Table.Th>{a('shift.driver')}</Table.Th>
              <Table.Th>{a('shift.hours')}</Table.Th>
              <Table.Th>{a('shift.break')}</Table.Th>
              <Table.Th>{a('actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shifts.items?.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.vehiclePlate}</Table.Td>
                <Table.Td>{s.driverName}</Table.Td>
                <Table.Td>{timeRange(s.startsAt, s.endsAt)}</Table.Td>
                <Table.Td>
                  {s.breakMinutes > 0 ? a('shift.breakShort', { minutes: s.breakMinutes }) : '—'}
                </Table.Td>
                <Table.Td>
                  {Date.parse(s.endsAt) > Date.now() && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => cancel(s)}
                      aria-label={`${a('shift.cancel')}: ${s.vehiclePlate} ${timeRange(s.startsAt, s.endsAt)}`}
                    >
                      {a('shift.cancel')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shifts.items?.length === 0 && <Text>{a('none')}</Text>}
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-labelledby="new-shift">
          <Stack>
            <Title order={3} size="h4" id="new-shift">
              {a('shift.new')}
            </Title>
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={a('shift.driver')}
                data={(drivers.items ?? [])
                  .filter((d) => d.active)
                  .map((d) => ({ value: d.id, label: d.fullName }))}
                value={driverId}
                onChange={setDriverId}
                error={errors.driverId}
                searchable
                required
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={a('shift.vehicle')}
                data={(vehicles.items ?? [])
                  .filter((v) => v.active)
                  .map((v) => ({ value: v.id, label: `${v.plate} · ${v.label}` }))}
                value={vehicleId}
                onChange={setVehicleId}
                error={errors.vehicleId}
                searchable
                required
                comboboxProps={{ withinPortal: true }}
              />
              <TimeField
                label={a('shift.start')}
                value={start}
                onChange={setStart}
                error={errors.startsAt}
              />
              <TimeField
                label={a('shift.end')}
                value={end}
                onChange={setEnd}
                error={errors.endsAt}
              />
              <NumberInput
                label={a('shift.breakMinutes')}
                value={breakMinutes}
                onChange={(n) => setBreakMinutes(Number(n))}
                min={0}
                max={120}
                error={errors.breakMinutes}
              />
              <Checkbox
                mt="lg"
                label={a('shift.endNextDay')}
                checked={nextDay}
                onChange={(e) => setNextDay(e.currentTarget.checked)}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>
                {a('add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
