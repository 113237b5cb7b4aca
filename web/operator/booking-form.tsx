import {
  Alert,
  Button,
  Divider,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { newId } from '../shared/ids.js';
import { dmy, localDate, toInstant, toLocalParts } from '../shared/time.js';
import type {
  AlternativeView,
  BookingView,
  CitizenView,
  SavedAddressView,
  ServiceView,
  StandingOrderView,
} from '../shared/types.js';
import { AddressField } from './address-field.js';
import { NeedsFields, RepeatFields, ReturnFields, WhenFields } from './booking-fields.js';
import {
  type BookingDraft,
  bookingBody,
  type DraftField,
  emptyDraft,
  issuesByField,
  serviceFor,
  standingOrderBody,
  timingsOf,
  wheelchairOf,
} from './booking-request.js';
import { BookingResult } from './booking-result.js';
import { CitizenPicker } from './citizen-picker.js';
import { type Override, OverridePanel } from './override-panel.js';
import { SHORTCUTS } from './shortcuts.js';

type Subscribe = (listener: (booking: BookingView) => void) => () => void;
type Errors = Partial<Record<DraftField, string>>;

const focusSoon = (el: { focus: () => void } | null | undefined) =>
  requestAnimationFrame(() => el?.focus());

/**
 * The operator's form for one call. A new call remounts it (OperatorPage's
 * key), so nothing of the previous caller survives; focus follows the call:
 * citizen → service → from → to → when, and the answer is focused when it comes.
 */
export function BookingForm(props: {
  services: ServiceView[];
  subscribe: Subscribe;
  onBooked: (booking: BookingView) => void;
  onNewCall: () => void;
  initialCitizen?: CitizenView | undefined;
  autoFocus?: boolean;
}) {
  const { t, lang } = useI18n();
  const today = localDate();
  const [draft, setDraft] = useState<BookingDraft>(() => emptyDraft(today));
  const [saved, setSaved] = useState<SavedAddressView[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [result, setResult] = useState<BookingView>();
  const [series, setSeries] = useState<StandingOrderView>();
  const [override, setOverride] = useState<Override>();
  const [reasons, setReasons] = useState<{ eligibility?: string; overlap?: string }>({});
  const [busy, setBusy] = useState(false);
  const service = props.services.find((s) => s.id === draft.serviceId);

  const citizenRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const serviceRef = useRef<HTMLSelectElement>(null);
  const pickupRef = useRef<HTMLInputElement>(null);
  const dropoffRef = useRef<HTMLInputElement>(null);
  const whenRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!draft.serviceId && props.services[0])
      setDraft((d) => ({ ...d, serviceId: props.services[0]!.id }));
  }, [props.services, draft.serviceId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount: a new call starts at the citizen search
  useEffect(() => {
    if (props.initialCitizen) pickCitizen(props.initialCitizen);
    else if (props.autoFocus) focusSoon(citizenRef.current);
  }, []);

  // The citizen's saved addresses, offered in one click for both ends.
  const citizenId = draft.citizen?.id;
  useEffect(() => {
    setSaved([]);
    if (!citizenId) return;
    let current = true;
    apiGet<SavedAddressView[]>(`/citizens/${citizenId}/addresses`)
      .then((rows) => current && setSaved(rows))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [citizenId]);

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

  // The answer takes the focus, so a screen reader reads it and Tab goes to its buttons.
  useEffect(() => {
    if (result?.status !== 'pending' && result) focusSoon(resultRef.current);
  }, [result?.id, result?.status, result]);

  useHotkeys(
    [
      [SHORTCUTS.newCall.keys, () => props.onNewCall(), { usePhysicalKeys: true }],
      [
        SHORTCUTS.citizen.keys,
        () => (citizenRef.current ?? changeRef.current)?.focus(),
        { usePhysicalKeys: true },
      ],
      [SHORTCUTS.service.keys, () => serviceRef.current?.focus(), { usePhysicalKeys: true }],
      [SHORTCUTS.from.keys, () => pickupRef.current?.focus(), { usePhysicalKeys: true }],
      [SHORTCUTS.to.keys, () => dropoffRef.current?.focus(), { usePhysicalKeys: true }],
      [SHORTCUTS.when.keys, () => focusWhen(), { usePhysicalKeys: true }],
      [SHORTCUTS.book.keys, () => formRef.current?.requestSubmit()],
      ['mod+enter', () => formRef.current?.requestSubmit()],
    ],
    [],
  );

  function focusWhen() {
    const el = whenRef.current;
    // A segmented control focuses its checked radio; a time field its hours.
    const radio = el?.querySelector<HTMLInputElement>('input:checked');
    (radio ?? el)?.focus();
  }

  function set<K extends keyof BookingDraft>(key: K, value: BookingDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
  }

  function pickCitizen(citizen: CitizenView | undefined) {
    setReasons({});
    setOverride(undefined);
    setResult(undefined);
    setDraft((d) =>
      citizen
        ? {
            ...d,
            citizen,
            pickup: citizen.home
              ? {
                  placeId: citizen.home.placeId,
                  label: citizen.home.label,
                  lat: citizen.home.lat,
                  lng: citizen.home.lng,
                }
              : d.pickup,
            wheelchair: wheelchairOf(citizen),
            walkingAid: citizen.mobility === 'walking-aid',
            serviceId: serviceFor(citizen, props.services, today, d.serviceId),
          }
        : { ...d, citizen },
    );
    focusSoon(citizen ? serviceRef.current : citizenRef.current);
  }

  function showError(err: unknown) {
    if (err instanceof ApiError && err.code === 'NOT_ELIGIBLE') {
      setOverride({ kind: 'eligibility', message: err.message });
    } else if (err instanceof ApiError && err.code === 'OVERLAPPING_BOOKING') {
      const p = err.params as { bookingId?: string; pickupAt?: string };
      setOverride({
        kind: 'overlap',
        message: err.message,
        bookingId: p.bookingId,
        pickupAt: p.pickupAt,
      });
    } else if (err instanceof ApiError && err.issues.length > 0) {
      const { fields, other } = issuesByField(err.issues);
      setFieldErrors(fields);
      setFormError([err.message, ...other].join(' '));
    } else {
      setFormError(
        err instanceof ApiError && err.code !== 'NETWORK' ? err.message : t('error.network'),
      );
    }
  }

  async function book(at: string | undefined, given = reasons, draftNow = draft) {
    setFieldErrors({});
    setFormError(undefined);
    setOverride(undefined);
    if (!draftNow.citizen) {
      setFieldErrors({ citizen: t('operator.needCitizen') });
      return focusSoon(citizenRef.current);
    }
    const timing = timingsOf(service).includes(draftNow.timing)
      ? draftNow.timing
      : timingsOf(service)[0];
    if (timing !== 'asap' && !at) {
      setFieldErrors({ time: t('operator.pickupTime') });
      return focusWhen();
    }
    setBusy(true);
    try {
      const { body } = await apiRequest<BookingView>('/bookings', {
        method: 'POST',
        body: bookingBody(draftNow, service, at, given),
        // One key per press (the button is disabled while a request is out): a press books once.
        headers: { 'Idempotency-Key': newId() },
      });
      setResult(body);
      setSeries(undefined);
      props.onBooked(body);
    } catch (err) {
      setResult(undefined);
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  async function saveSeries() {
    setFieldErrors({});
    setFormError(undefined);
    if (!draft.citizen) return setFieldErrors({ citizen: t('operator.needCitizen') });
    if (draft.weekdays.length === 0) return setFieldErrors({ weekdays: t('repeat.noWeekdays') });
    setBusy(true);
    try {
      const { body } = await apiRequest<StandingOrderView>('/standing-orders', {
        method: 'POST',
        body: standingOrderBody(draft, service),
      });
      setSeries(body);
      setResult(undefined);
      focusSoon(resultRef.current);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (draft.repeat) void saveSeries();
    else void book(toInstant(draft.date, draft.time));
  }

  function confirmOverride(reason: string) {
    if (!override) return;
    const given = { ...reasons, [override.kind]: reason };
    setReasons(given);
    void book(toInstant(draft.date, draft.time), given);
  }

  function rebook(alt: AlternativeView) {
    const parts = toLocalParts(alt.requestedAt);
    const next: BookingDraft = {
      ...draft,
      ...parts,
      timing: draft.timing === 'asap' ? 'pickup' : draft.timing,
    };
    setDraft(next);
    void book(alt.requestedAt, reasons, next);
  }

  const serviceName = (s: ServiceView) => (lang === 'tr' ? s.nameTr : s.nameEn);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="booking-title">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <Title id="booking-title" order={2} size="h3">
              {t('operator.title')}
            </Title>
            <Button variant="light" onClick={props.onNewCall} aria-keyshortcuts="Alt+N">
              {t('call.new')} ({SHORTCUTS.newCall.label})
            </Button>
          </Group>
          <CitizenPicker
            value={draft.citizen}
            onChange={pickCitizen}
            error={fieldErrors.citizen}
            searchRef={citizenRef}
            changeRef={changeRef}
            services={props.services}
          />
          <NativeSelect
            ref={serviceRef}
            label={t('operator.service')}
            value={draft.serviceId}
            onChange={(e) => {
              set('serviceId', e.currentTarget.value);
              setReasons({});
              setOverride(undefined);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                pickupRef.current?.focus();
              }
            }}
            data={props.services.map((s) => ({ value: s.id, label: serviceName(s) }))}
            error={fieldErrors.serviceId}
            aria-keyshortcuts="Alt+H"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <AddressField
              label={t('operator.pickup')}
              value={draft.pickup}
              onChange={(v) => {
                set('pickup', v);
                if (v) focusSoon(dropoffRef.current);
              }}
              saved={saved}
              homePlaceId={draft.citizen?.home?.placeId}
              error={fieldErrors.pickup}
              inputRef={pickupRef}
            />
            <AddressField
              label={t('operator.dropoff')}
              value={draft.dropoff}
              onChange={(v) => {
                set('dropoff', v);
                if (v) requestAnimationFrame(focusWhen);
              }}
              saved={saved}
              homePlaceId={draft.citizen?.home?.placeId}
              error={fieldErrors.dropoff}
              inputRef={dropoffRef}
            />
          </SimpleGrid>
          <WhenFields
            draft={draft}
            set={set}
            service={service}
            errors={fieldErrors}
            whenRef={whenRef}
            today={today}
          />
          <Divider label={t('operator.needs')} labelPosition="left" />
          <NeedsFields draft={draft} set={set} service={service} errors={fieldErrors} />
          <Textarea
            label={t('operator.notes')}
            value={draft.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={fieldErrors.notes}
            autosize
            minRows={1}
          />
          <ReturnFields draft={draft} set={set} service={service} errors={fieldErrors} />
          <RepeatFields
            draft={draft}
            set={set}
            service={service}
            errors={fieldErrors}
            today={today}
          />
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          {override && (
            <OverridePanel override={override} busy={busy} onConfirm={confirmOverride} />
          )}
          <Group>
            <Button type="submit" size="lg" loading={busy} aria-keyshortcuts="Alt+Enter">
              {draft.repeat ? t('repeat.submit') : t('operator.book')}
            </Button>
          </Group>
          <div aria-live="polite">
            {result && (
              <BookingResult
                booking={result}
                busy={busy}
                onRebook={rebook}
                onDeclined={() => undefined}
                headingRef={resultRef}
              />
            )}
            {series && (
              <Alert role="status" color="green">
                <Title order={3} size="h4" ref={resultRef} tabIndex={-1}>
                  {t('repeat.created', {
                    n: series.occurrences.filter((o) => o.state !== 'skipped').length,
                  })}
                </Title>
                {series.occurrences.some((o) => o.state === 'skipped') && (
                  <Text>
                    {t('repeat.skipped', {
                      days: series.occurrences
                        .filter((o) => o.state === 'skipped')
                        .map((o) => `${dmy(o.date)}${o.holidayName ? ` (${o.holidayName})` : ''}`)
                        .join(', '),
                    })}
                  </Text>
                )}
              </Alert>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
