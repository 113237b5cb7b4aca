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
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../shared/api.js';
import { DateField, TimeField } from '../shared/date-fields.js';
import { dmy, localDate } from '../shared/time.js';
import type { DriverView } from './drivers-panel.js';
import { type AdminKey, useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';
import type { VehicleView } from './vehicles-panel.js';

interface TemplateView {
  id: string;
  driverName: string;
  vehiclePlate: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  breakMinutes: number;
  validFrom: string;
  validUntil: string | null;
  active: boolean;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** Weekly roster lines that generate shifts four weeks ahead. */
export function RostersPanel() {
  const { a, t } = useAdminText();
  const templates = useList<TemplateView>('/shift-templates');
  const drivers = useList<DriverView>('/drivers');
  const vehicles = useList<VehicleView>('/vehicles');
  const [driverId, setDriverId] = useState<string | null>(null);
  const [vehicleId, setVehicleId] = useState<string | null>(null);
  const [weekdays, setWeekdays] = useState<string[]>(['1', '2', '3', '4', '5']);
  const [startTime, setStartTime] = useState('08:00');
  const [endTime, setEndTime] = useState('16:00');
  const [breakEarliest, setBreakEarliest] = useState('11:30');
  const [breakLatest, setBreakLatest] = useState('13:30');
  const [breakMinutes, setBreakMinutes] = useState<number>(30);
  const [validFrom, setValidFrom] = useState(localDate());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const day = (n: number) => a(`roster.day${n}` as AdminKey);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const res = await apiRequest<{ generation: { created: string[]; skipped: unknown[] } }>(
        '/shift-templates',
        {
          method: 'POST',
          body: {
            driverId: driverId ?? '',
            vehicleId: vehicleId ?? '',
            weekdays: weekdays.map(Number),
            startTime,
            endTime,
            ...(breakMinutes > 0 ? { breakEarliest, breakLatest } : {}),
            breakMinutes,
            validFrom,
          },
        },
      );
      setNotice(
        a('roster.generated', {
          created: res.body.generation.created.length,
          skipped: res.body.generation.skipped.length,
        }),
      );
      setErrors({});
      setFailure(undefined);
      templates.reload();
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(messageOf(e));
    }
  }

  return (
    <Stack>
      <Title order={2} size="h3">
        {a('tab.rosters')}
      </Title>
      <Text size="sm">{a('roster.help')}</Text>
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
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{a('shift.vehicle')}</Table.Th>
              <Table.Th>{a('shift.driver')}</Table.Th>
              <Table.Th>{a('roster.days')}</Table.Th>
              <Table.Th>{a('shift.hours')}</Table.Th>
              <Table.Th>{a('roster.from')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates.items
              ?.filter((x) => x.active)
              .map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td>{x.vehiclePlate}</Table.Td>
                  <Table.Td>{x.driverName}</Table.Td>
                  <Table.Td>{x.weekdays.map(day).join(', ')}</Table.Td>
                  <Table.Td>
                    {x.startTime}–{x.endTime}
                  </Table.Td>
                  <Table.Td>{dmy(x.validFrom)}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {templates.items?.length === 0 && <Text>{a('none')}</Text>}
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-labelledby="new-roster">
          <Stack>
            <Title order={3} size="h4" id="new-roster">
              {a('roster.new')}
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
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
            <Checkbox.Group
              label={a('roster.days')}
              value={weekdays}
              onChange={setWeekdays}
              error={errors.weekdays}
            >
              <Group mt="xs">
                {WEEKDAYS.map((n) => (
                  <Checkbox key={n} value={String(n)} label={day(n)} />
                ))}
              </Group>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TimeField
                label={a('shift.start')}
                value={startTime}
                onChange={setStartTime}
                error={errors.startTime}
              />
              <TimeField
                label={a('shift.end')}
                value={endTime}
                onChange={setEndTime}
                error={errors.endTime}
              />
              <DateField
                label={a('roster.from')}
                value={validFrom}
                onChange={setValidFrom}
                error={errors.validFrom}
              />
              <NumberInput
                label={a('shift.breakMinutes')}
                value={breakMinutes}
                onChange={(n) => setBreakMinutes(Number(n))}
                min={0}
                max={120}
                error={errors.breakMinutes}
              />
              <TimeField
                label={a('roster.breakEarliest')}
                value={breakEarliest}
                onChange={setBreakEarliest}
                error={errors.breakEarliest}
              />
              <TimeField
                label={a('roster.breakLatest')}
                value={breakLatest}
                onChange={setBreakLatest}
                error={errors.breakLatest}
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
