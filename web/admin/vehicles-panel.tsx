import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
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
import { DateField, TimeField } from '../shared/date-fields.js';
import { dmyHm, localDate, toInstant, toLocalParts } from '../shared/time.js';
import type { ServiceView } from '../shared/types.js';
import { RowAction } from './row-action.js';
import { useAdminText } from './text.js';
import { fieldErrors, messageOf, useList } from './use-list.js';

export interface VehicleView {
  id: string;
  plate: string;
  label: string;
  seats: number;
  wheelchairPlaces: number;
  infantSeats: number;
  hasRamp: boolean;
  hasLift: boolean;
  depot: { label: string; lat: number; lng: number };
  serviceIds: string[];
  active: boolean;
  retiredAt: string | null;
}

interface Recheck {
  checked: number;
  replanned: string[];
  refused: string[];
  pending: string[];
}

interface Withdrawal {
  replanned: string[];
  refused: string[];
  pending: string[];
  kept: string[];
}

// The gazetteer's depots (src/domain/places/izmit-gazetteer.ts).
const DEPOTS = [
  { value: 'sosyal-destek-garaji', label: 'Sosyal Destek Hizmetleri Garajı' },
  { value: 'izmit-belediyesi-arac-parki', label: 'İzmit Belediyesi Araç Parkı' },
];

export function useWithdrawalText() {
  const { a } = useAdminText();
  return (w: Withdrawal) =>
    a('withdrawal.result', {
      replanned: w.replanned.length,
      refused: w.refused.length + w.pending.length,
      kept: w.kept.length,
    });
}

export function VehiclesPanel() {
  const { a, lang, t } = useAdminText();
  const vehicles = useList<VehicleView>('/vehicles');
  const services = useList<ServiceView>('/services');
  const [editing, setEditing] = useState<VehicleView | 'new' | null>(null);
  const [outOfService, setOutOfService] = useState<VehicleView | null>(null);
  const [notice, setNotice] = useState<string>();
  const withdrawalText = useWithdrawalText();
  const serviceName = (id: string) => {
    const s = services.items?.find((x) => x.id === id);
    return s ? (lang === 'tr' ? s.nameTr : s.nameEn) : id;
  };

  async function retire(v: VehicleView) {
    if (!window.confirm(a('vehicle.retireConfirm', { plate: v.plate }))) return;
    try {
      const res = await apiRequest<{ withdrawal: Withdrawal }>(`/vehicles/${v.id}/retire`, {
        method: 'POST',
      });
      setNotice(withdrawalText(res.body.withdrawal));
    } catch (e) {
      setNotice(messageOf(e));
    }
    vehicles.reload();
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {a('tab.vehicles')}
        </Title>
        <Button onClick={() => setEditing('new')}>{a('vehicle.new')}</Button>
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
      {vehicles.error && <Alert color="red">{vehicles.error}</Alert>}
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{a('vehicle.plate')}</Table.Th>
              <Table.Th>{a('vehicle.label')}</Table.Th>
              <Table.Th>{a('vehicle.capacity')}</Table.Th>
              <Table.Th>{a('vehicle.services')}</Table.Th>
              <Table.Th>{a('vehicle.status')}</Table.Th>
              <Table.Th>{a('actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {vehicles.items?.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{v.plate}</Table.Td>
                <Table.Td>{v.label}</Table.Td>
                <Table.Td>
                  {a('vehicle.capacityShort', {
                    seats: v.seats,
                    wheelchairs: v.wheelchairPlaces,
                    infants: v.infantSeats,
                  })}
                  {v.hasRamp ? ` · ${a('vehicle.ramp')}` : ''}
                  {v.hasLift ? ` · ${a('vehicle.lift')}` : ''}
                </Table.Td>
                <Table.Td>{v.serviceIds.map(serviceName).join(', ')}</Table.Td>
                <Table.Td>
                  <Badge color={v.active ? 'green' : 'gray'} variant="light">
                    {v.active ? a('active') : a('retired')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {v.active && (
                    <Group gap="xs" wrap="nowrap">
                      <RowAction
                        label={a('vehicle.edit')}
                        of={v.plate}
                        onClick={() => setEditing(v)}
                      />
                      <RowAction
                        label={a('vehicle.outOfService')}
                        of={v.plate}
                        onClick={() => setOutOfService(v)}
                      />
                      <RowAction
                        label={a('vehicle.retire')}
                        of={v.plate}
                        onClick={() => retire(v)}
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
      {vehicles.items?.length === 0 && <Text>{a('none')}</Text>}
      {editing && (
        <VehicleForm
          vehicle={editing === 'new' ? undefined : editing}
          services={services.items ?? []}
          onClose={(saved, recheck) => {
            setEditing(null);
            if (saved) {
              const moved = recheck
                ? recheck.replanned.length + recheck.refused.length + recheck.pending.length
                : 0;
              setNotice(
                moved > 0 && recheck
                  ? `${a('vehicle.edited', { plate: saved })} ${a('vehicle.recheck', {
                      checked: recheck.checked,
                      replanned: recheck.replanned.length,
                      refused: recheck.refused.length + recheck.pending.length,
                    })}`
                  : a('vehicle.edited', { plate: saved }),
              );
              vehicles.reload();
            }
          }}
        />
      )}
      {outOfService && (
        <OutOfServiceForm
          vehicle={outOfService}
          onClose={(message) => {
            setOutOfService(null);
            if (message) setNotice(message);
          }}
        />
      )}
    </Stack>
  );
}

function VehicleForm(props: {
  vehicle: VehicleView | undefined;
  services: ServiceView[];
  /** After a change that took capacity away, what happened to the rides planned on the car. */
  onClose: (savedPlate?: string, recheck?: Recheck) => void;
}) {
  const { a, lang, t } = useAdminText();
  const v = props.vehicle;
  const [plate, setPlate] = useState(v?.plate ?? '');
  const [label, setLabel] = useState(v?.label ?? '');
  const [seats, setSeats] = useState<number>(v?.seats ?? 4);
  const [wheelchairPlaces, setWheelchairPlaces] = useState<number>(v?.wheelchairPlaces ?? 0);
  const [infantSeats, setInfantSeats] = useState<number>(v?.infantSeats ?? 0);
  const [hasRamp, setHasRamp] = useState(v?.hasRamp ?? false);
  const [hasLift, setHasLift] = useState(v?.hasLift ?? false);
  const [depot, setDepot] = useState<string | null>(v ? null : 'sosyal-destek-garaji');
  const [serviceIds, setServiceIds] = useState<string[]>(v?.serviceIds ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const body = {
      plate,
      label,
      seats,
      wheelchairPlaces,
      infantSeats,
      hasRamp,
      hasLift,
      serviceIds,
      ...(depot ? { depot: { placeId: depot } } : {}),
    };
    try {
      const res = await apiRequest<VehicleView & { recheck?: Recheck }>(
        v ? `/vehicles/${v.id}` : '/vehicles',
        { method: v ? 'PATCH' : 'POST', body },
      );
      props.onClose(res.body.plate, res.body.recheck);
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
      title={v ? a('vehicle.edit') : a('vehicle.new')}
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
              label={a('vehicle.plate')}
              value={plate}
              onChange={(e) => setPlate(e.currentTarget.value)}
              error={errors.plate}
              required
            />
            <TextInput
              label={a('vehicle.label')}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              error={errors.label}
              required
            />
            <NumberInput
              label={a('vehicle.seats')}
              value={seats}
              onChange={(n) => setSeats(Number(n))}
              min={0}
              max={60}
              error={errors.seats}
            />
            <NumberInput
              label={a('vehicle.wheelchairPlaces')}
              value={wheelchairPlaces}
              onChange={(n) => setWheelchairPlaces(Number(n))}
              min={0}
              max={10}
              error={errors.wheelchairPlaces}
            />
            <NumberInput
              label={a('vehicle.infantSeats')}
              value={infantSeats}
              onChange={(n) => setInfantSeats(Number(n))}
              min={0}
              max={6}
              error={errors.infantSeats}
            />
            <Select
              label={a('vehicle.depot')}
              data={DEPOTS}
              value={depot}
              onChange={setDepot}
              placeholder={v?.depot.label}
              error={errors.depot}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <Group>
            <Checkbox
              label={a('vehicle.hasRamp')}
              checked={hasRamp}
              onChange={(e) => setHasRamp(e.currentTarget.checked)}
            />
            <Checkbox
              label={a('vehicle.hasLift')}
              checked={hasLift}
              onChange={(e) => setHasLift(e.currentTarget.checked)}
            />
          </Group>
          <Checkbox.Group
            label={a('vehicle.services')}
            value={serviceIds}
            onChange={setServiceIds}
            error={errors.serviceIds}
          >
            <Group mt="xs">
              {props.services.map((s) => (
                <Checkbox key={s.id} value={s.id} label={lang === 'tr' ? s.nameTr : s.nameEn} />
              ))}
            </Group>
          </Checkbox.Group>
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

function OutOfServiceForm(props: { vehicle: VehicleView; onClose: (message?: string) => void }) {
  const { a, t } = useAdminText();
  const withdrawalText = useWithdrawalText();
  const [fromDate, setFromDate] = useState(localDate());
  const [fromTime, setFromTime] = useState(toLocalParts(new Date().toISOString()).time);
  const [untilDate, setUntilDate] = useState(localDate(1));
  const [untilTime, setUntilTime] = useState('08:00');
  const [reason, setReason] = useState('');
  const periods = useList<{ id: string; startsAt: string; endsAt: string; reason: string }>(
    `/vehicles/${props.vehicle.id}/out-of-service`,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const res = await apiRequest<{ withdrawal: Withdrawal }>(
        `/vehicles/${props.vehicle.id}/out-of-service`,
        {
          method: 'POST',
          body: {
            startsAt: toInstant(fromDate, fromTime) ?? '',
            endsAt: toInstant(untilDate, untilTime) ?? '',
            reason,
          },
        },
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
      title={a('vehicle.outOfServiceTitle', { plate: props.vehicle.plate })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{a('vehicle.outOfServiceHelp')}</Text>
          {(periods.items?.length ?? 0) > 0 && (
            <Stack gap={2}>
              <Text size="sm" fw={700}>
                {a('vehicle.periods')}
              </Text>
              {periods.items?.map((p) => (
                <Text size="sm" key={p.id}>
                  {dmyHm(p.startsAt)} – {dmyHm(p.endsAt)}: {p.reason}
                </Text>
              ))}
            </Stack>
          )}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <SimpleGrid cols={2}>
            <DateField label={a('vehicle.from')} value={fromDate} onChange={setFromDate} required />
            <TimeField
              label={`${a('vehicle.from')} (${a('shift.hours')})`}
              value={fromTime}
              onChange={setFromTime}
              error={errors.startsAt}
            />
            <DateField
              label={a('vehicle.until')}
              value={untilDate}
              onChange={setUntilDate}
              required
            />
            <TimeField
              label={`${a('vehicle.until')} (${a('shift.hours')})`}
              value={untilTime}
              onChange={setUntilTime}
              error={errors.endsAt}
            />
          </SimpleGrid>
          <TextInput
            label={a('vehicle.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => props.onClose()}>
              {a('cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={busy}>
              {a('vehicle.outOfService')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
