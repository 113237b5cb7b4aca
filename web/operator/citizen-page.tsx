import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { DateField } from '../shared/date-fields.js';
import { type MessageKey, useI18n } from '../shared/i18n.js';
import type { Session } from '../shared/session.js';
import { StatusBadge } from '../shared/status-badge.js';
import { dmy, dmyHm, localDate } from '../shared/time.js';
import type {
  BookingView,
  CitizenView,
  SavedAddressView,
  ServiceView,
  StandingOrderView,
} from '../shared/types.js';
import { CitizenMessages } from './citizen-messages.js';
import { EligibilityRequests } from './eligibility-requests.js';
import { ErasureButton } from './erasure-dialog.js';
import { PolicyHistory } from './policy-history.js';

const messageOf = (err: unknown) => (err instanceof ApiError ? err.message : String(err));

function Section(props: { title: string; id: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={props.id}>
      <Stack gap="sm">
        <Title id={props.id} order={3} size="h4">
          {props.title}
        </Title>
        {props.children}
      </Stack>
    </Paper>
  );
}

/** A supervisor or administrator confirms or grants eligibility for a service, with its validity. */
function GrantEligibility(props: {
  citizenId: string;
  services: ServiceView[];
  onSaved: (c: CitizenView) => void;
}) {
  const { t, lang } = useI18n();
  const today = localDate();
  const [serviceId, setServiceId] = useState(props.services[0]?.id ?? '');
  const [validFrom, setValidFrom] = useState(today);
  const [validUntil, setValidUntil] = useState(localDate(365));
  const [basis, setBasis] = useState('');
  const [rate, setRate] = useState<number | ''>('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setDone(false);
    try {
      const { body } = await apiRequest<CitizenView>(`/citizens/${props.citizenId}/eligibility`, {
        method: 'POST',
        body: {
          serviceId: serviceId || props.services[0]?.id,
          validFrom,
          validUntil,
          basis,
          ...(rate !== '' ? { disabilityRate: rate } : {}),
        },
      });
      setDone(true);
      setBasis('');
      props.onSaved(body);
    } catch (err) {
      setError(
        err instanceof ApiError
          ? [err.message, ...err.issues.map((i) => i.message)].join(' ')
          : String(err),
      );
    }
  }

  return (
    <form onSubmit={submit} aria-label={t('citizen.grant')}>
      <Stack gap="xs">
        <Text fw={600}>{t('citizen.grant')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('operator.service')}
            value={serviceId}
            onChange={(e) => setServiceId(e.currentTarget.value)}
            data={props.services.map((s) => ({
              value: s.id,
              label: lang === 'tr' ? s.nameTr : s.nameEn,
            }))}
          />
          <DateField
            label={t('citizen.grantFrom')}
            value={validFrom}
            onChange={setValidFrom}
            required
          />
          <DateField
            label={t('citizen.grantUntil')}
            value={validUntil}
            onChange={setValidUntil}
            required
          />
          <TextInput
            label={t('citizen.grantBasis')}
            value={basis}
            onChange={(e) => setBasis(e.currentTarget.value)}
            required
          />
          <NumberInput
            label={t('citizen.grantRate')}
            min={0}
            max={100}
            value={rate}
            onChange={(v) => setRate(typeof v === 'number' ? v : '')}
          />
        </SimpleGrid>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {done && <Text role="status">{t('citizen.grantDone')}</Text>}
        <Group>
          <Button type="submit">{t('citizen.grantSubmit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function Rides(props: { rides: BookingView[] | undefined; services: ServiceView[] }) {
  const { t, lang } = useI18n();
  if (!props.rides) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (props.rides.length === 0) return <Text c="dimmed">{t('citizen.noRides')}</Text>;
  const name = (id: string) => {
    const s = props.services.find((x) => x.id === id);
    return s ? (lang === 'tr' ? s.nameTr : s.nameEn) : id;
  };
  return (
    // Focusable: on a phone the table scrolls sideways, and the keyboard must reach it too.
    <Table.ScrollContainer minWidth={600} type="native" tabIndex={0}>
      <Table>
        <Table.Tbody>
          {props.rides.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>{dmyHm(b.planned?.pickupAt ?? b.pickupWindow.start)}</Table.Td>
              <Table.Td>{name(b.serviceId)}</Table.Td>
              <Table.Td>
                {b.pickup.label} → {b.dropoff.label}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={b.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function StandingOrders(props: { orders: StandingOrderView[]; onEnded: () => void }) {
  const { t } = useI18n();
  const [ending, setEnding] = useState<string>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  if (props.orders.length === 0) return <Text c="dimmed">{t('citizen.noStandingOrders')}</Text>;

  async function end(id: string) {
    try {
      await apiRequest(`/standing-orders/${id}/end`, { method: 'POST', body: { reason } });
      setEnding(undefined);
      setReason('');
      props.onEnded();
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <List spacing="sm" listStyleType="none">
      {props.orders.map((o) => (
        <List.Item key={o.id}>
          <Group gap="xs" wrap="wrap">
            <Text>
              {t('citizen.standingOrder', {
                days: o.weekdays.map((d) => t(`weekday.${d}` as MessageKey)).join(', '),
                time: o.time,
                from: o.pickup.label,
                to: o.dropoff.label,
                start: dmy(o.startsOn),
                end: dmy(o.endsOn),
              })}
            </Text>
            {o.status === 'ended' ? (
              <Badge color="gray">{t('citizen.ended')}</Badge>
            ) : ending === o.id ? (
              <Group gap="xs" align="flex-end">
                <TextInput
                  label={t('citizen.endReason')}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  error={error}
                  autoFocus
                />
                <Button color="red" onClick={() => void end(o.id)}>
                  {t('citizen.endOrder')}
                </Button>
              </Group>
            ) : (
              <Button variant="subtle" color="red" onClick={() => setEnding(o.id)}>
                {t('citizen.endOrder')}
              </Button>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** A citizen's card: details, eligibility per service, saved addresses, rides, standing orders. */
export function CitizenPage(props: {
  id: string;
  services: ServiceView[];
  role: Session['user']['role'];
  onBook: (citizen: CitizenView) => void;
}) {
  const { t, lang } = useI18n();
  const [citizen, setCitizen] = useState<CitizenView>();
  const [addresses, setAddresses] = useState<SavedAddressView[]>([]);
  const [upcoming, setUpcoming] = useState<BookingView[]>();
  const [past, setPast] = useState<BookingView[]>();
  const [orders, setOrders] = useState<StandingOrderView[]>([]);
  const [error, setError] = useState<string>();
  // Bumped by an erasure: the panels that load their own data load again.
  const [erasures, setErasures] = useState(0);
  const today = localDate();

  const load = useCallback(() => {
    const id = props.id;
    apiGet<CitizenView>(`/citizens/${id}`).then(setCitizen, (e: unknown) => setError(messageOf(e)));
    apiGet<SavedAddressView[]>(`/citizens/${id}/addresses`).then(setAddresses, () => undefined);
    apiGet<BookingView[]>(`/citizens/${id}/bookings?scope=upcoming`).then(setUpcoming, () =>
      setUpcoming([]),
    );
    apiGet<BookingView[]>(`/citizens/${id}/bookings?scope=past`).then(setPast, () => setPast([]));
    apiGet<StandingOrderView[]>(`/citizens/${id}/standing-orders`).then(setOrders, () => undefined);
  }, [props.id]);
  useEffect(load, [load]);

  if (error)
    return (
      <Alert color="red" role="alert">
        {error}
      </Alert>
    );
  if (!citizen) return <Text>{t('common.loading')}</Text>;

  const serviceName = (id: string) => {
    const s = props.services.find((x) => x.id === id);
    return s ? (lang === 'tr' ? s.nameTr : s.nameEn) : id;
  };
  const validity = (from: string, until: string) =>
    today < from
      ? t('citizen.notYet')
      : today > until
        ? t('citizen.expired')
        : t('citizen.validNow');

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {t('citizen.title')}: {citizen.fullName}
        </Title>
        <Group gap="xs">
          {props.role === 'admin' && (
            <ErasureButton
              citizen={citizen}
              onErased={() => {
                setErasures((n) => n + 1);
                load();
              }}
            />
          )}
          <Button onClick={() => props.onBook(citizen)}>{t('citizen.book')}</Button>
        </Group>
      </Group>
      <Section title={t('citizen.details')} id="citizen-details">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Text>
            {t('citizen.phone')}: {citizen.phone}
          </Text>
          <Text>
            {t('citizen.nationalId')}: {citizen.nationalId ?? '—'}
          </Text>
          <Text>
            {t('citizen.birthYear')}: {citizen.birthYear ?? '—'}
          </Text>
          <Text>
            {t('citizen.mobility')}: {t(`mobility.${citizen.mobility}`)}
          </Text>
          <Text>
            {t('citizen.home')}: {citizen.home?.label ?? '—'}
          </Text>
        </SimpleGrid>
      </Section>
      <Section title={t('citizen.eligibility')} id="citizen-eligibility">
        {citizen.eligibility.length === 0 ? (
          <Text c="dimmed">{t('citizen.none')}</Text>
        ) : (
          <List spacing={4}>
            {citizen.eligibility.map((e) => (
              <List.Item key={e.id}>
                <Text span fw={600}>
                  {serviceName(e.serviceId)}
                </Text>{' '}
                {t('citizen.valid', {
                  from: dmy(e.validFrom),
                  until: dmy(e.validUntil),
                  basis: e.basis,
                })}{' '}
                <Badge
                  variant="light"
                  color={
                    validity(e.validFrom, e.validUntil) === t('citizen.validNow') ? 'green' : 'gray'
                  }
                >
                  {validity(e.validFrom, e.validUntil)}
                </Badge>
              </List.Item>
            ))}
          </List>
        )}
        {(props.role === 'supervisor' || props.role === 'admin') && (
          <GrantEligibility citizenId={citizen.id} services={props.services} onSaved={setCitizen} />
        )}
        <EligibilityRequests citizenId={citizen.id} services={props.services} role={props.role} />
      </Section>
      <Section title={t('citizen.addresses')} id="citizen-addresses">
        {addresses.length === 0 ? (
          <Text c="dimmed">{t('citizen.noAddresses')}</Text>
        ) : (
          <List>
            {addresses.map((a) => (
              <List.Item key={a.id}>
                {a.label}
                {a.address
                  ? ` · ${[a.address.street, a.address.buildingNo, a.address.floor, a.address.flat, a.address.directions].filter(Boolean).join(', ')}`
                  : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <PolicyHistory key={`policy-${erasures}`} citizenId={citizen.id} />
      <Section title={t('citizen.upcoming')} id="citizen-upcoming">
        <Rides rides={upcoming} services={props.services} />
      </Section>
      <Section title={t('citizen.standingOrders')} id="citizen-orders">
        <StandingOrders orders={orders} onEnded={load} />
      </Section>
      <Section title={t('citizen.past')} id="citizen-past">
        <Rides rides={past} services={props.services} />
      </Section>
      <CitizenMessages key={`messages-${erasures}`} citizenId={citizen.id} />
    </Stack>
  );
}
