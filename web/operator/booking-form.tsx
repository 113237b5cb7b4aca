import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { newId } from '../shared/ids.js';
import { localDate, toInstant, toLocalParts } from '../shared/time.js';
import type { AlternativeView, BookingView, ServiceView } from '../shared/types.js';
import {
  type BookingDraft,
  bookingBody,
  type DraftField,
  issuesByField,
  serviceFor,
  type Wheelchair,
  wheelchairOf,
} from './booking-request.js';
import { BookingResult } from './booking-result.js';
import { CitizenPicker } from './citizen-picker.js';
import { PlaceSelect } from './place-select.js';

type Subscribe = (listener: (booking: BookingView) => void) => () => void;

const EMPTY: BookingDraft = {
  citizen: undefined,
  serviceId: '',
  pickup: null,
  dropoff: null,
  date: localDate(),
  time: '',
  wheelchair: 'none',
  companions: 0,
  infants: 0,
  notes: '',
};

/** The operator's form: who, which service, from where to where, when, and what they need. */
export function BookingForm(props: {
  services: ServiceView[];
  subscribe: Subscribe;
  onBooked: (booking: BookingView) => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<BookingDraft>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [result, setResult] = useState<BookingView>();
  const [busy, setBusy] = useState(false);
  const service = props.services.find((s) => s.id === draft.serviceId);

  useEffect(() => {
    if (!draft.serviceId && props.services[0])
      setDraft((d) => ({ ...d, serviceId: props.services[0]!.id }));
  }, [props.services, draft.serviceId]);

  // A booking answered 202 (still planning) is completed by the live update, or by polling.
  useEffect(() => {
    if (result?.status !== 'pending') return;
    const id = result.id;
    const stop = props.subscribe((b) => {
      if (b.id === id) setResult(b);
    });
    const timer = setInterval(() => {
      apiGet<BookingView>(`/bookings/${id}`)
        .then((b) => b.status !== 'pending' && setResult(b))
        .catch(() => undefined);
    }, 2_000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [result, props.subscribe]);

  function set<K extends keyof BookingDraft>(key: K, value: BookingDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
  }

  function pickCitizen(citizen: BookingDraft['citizen']) {
    setDraft((d) =>
      citizen
        ? {
            ...d,
            citizen,
            pickup: citizen.home?.placeId ?? d.pickup,
            wheelchair: wheelchairOf(citizen),
            serviceId: serviceFor(citizen, props.services, localDate(), d.serviceId),
          }
        : { ...d, citizen },
    );
  }

  async function book(at: string | undefined) {
    setFieldErrors({});
    setFormError(undefined);
    if (!draft.citizen) return setFieldErrors({ citizen: t('operator.needCitizen') });
    if (!at) return setFieldErrors({ time: t('operator.pickupTime') });
    setBusy(true);
    try {
      const { body } = await apiRequest<BookingView>('/bookings', {
        method: 'POST',
        body: bookingBody(draft, service, at),
        // One key per press (the button is disabled while a request is out): a press books once.
        headers: { 'Idempotency-Key': newId() },
      });
      setResult(body);
      props.onBooked(body);
    } catch (err) {
      setResult(undefined);
      if (err instanceof ApiError && err.issues.length > 0) {
        const { fields, other } = issuesByField(err.issues);
        setFieldErrors(fields);
        setFormError([err.message, ...other].join(' '));
      } else {
        setFormError(
          err instanceof ApiError && err.code !== 'NETWORK' ? err.message : t('error.network'),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void book(toInstant(draft.date, draft.time));
  }

  function rebook(alt: AlternativeView) {
    const parts = toLocalParts(alt.requestedAt);
    setDraft((d) => ({ ...d, ...parts }));
    void book(alt.requestedAt);
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="booking-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title id="booking-title" order={2} size="h3">
            {t('operator.title')}
          </Title>
          <CitizenPicker value={draft.citizen} onChange={pickCitizen} error={fieldErrors.citizen} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('operator.service')}
              value={draft.serviceId}
              onChange={(e) => set('serviceId', e.currentTarget.value)}
              data={props.services.map((s) => ({
                value: s.id,
                label: lang === 'tr' ? s.nameTr : s.nameEn,
              }))}
              error={fieldErrors.serviceId}
            />
            <NativeSelect
              label={t('operator.wheelchair')}
              value={draft.wheelchair}
              onChange={(e) => set('wheelchair', e.currentTarget.value as Wheelchair)}
              data={(['none', 'manual', 'electric'] as const).map((w) => ({
                value: w,
                label: t(`wheelchair.${w}`),
              }))}
              error={fieldErrors.wheelchair}
            />
            <PlaceSelect
              label={t('operator.pickup')}
              value={draft.pickup}
              onChange={(v) => set('pickup', v)}
              error={fieldErrors.pickup}
            />
            <PlaceSelect
              label={t('operator.dropoff')}
              value={draft.dropoff}
              onChange={(v) => set('dropoff', v)}
              error={fieldErrors.dropoff}
            />
            <TextInput
              type="date"
              label={t('operator.date')}
              value={draft.date}
              onChange={(e) => set('date', e.currentTarget.value)}
              required
            />
            <TextInput
              type="time"
              label={
                service?.timing === 'arrive-by'
                  ? t('operator.arriveTime')
                  : t('operator.pickupTime')
              }
              value={draft.time}
              onChange={(e) => set('time', e.currentTarget.value)}
              required
              error={fieldErrors.time}
            />
            <NumberInput
              label={t('operator.companions')}
              hideControls
              min={0}
              max={4}
              value={draft.companions}
              onChange={(v) => set('companions', typeof v === 'number' ? v : 0)}
              error={fieldErrors.companions}
            />
            <NumberInput
              label={t('operator.infants')}
              hideControls
              min={0}
              max={3}
              value={draft.infants}
              onChange={(v) => set('infants', typeof v === 'number' ? v : 0)}
              error={fieldErrors.infants}
            />
          </SimpleGrid>
          <Textarea
            label={t('operator.notes')}
            value={draft.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={fieldErrors.notes}
            autosize
            minRows={1}
          />
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <Group>
            <Button type="submit" size="lg" loading={busy}>
              {t('operator.book')}
            </Button>
          </Group>
          <div aria-live="polite">
            {result && <BookingResult booking={result} busy={busy} onRebook={rebook} />}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
