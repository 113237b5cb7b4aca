import {
  Button,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { IZMIT_PLACES, NEARBY_HOSPITALS } from '../../src/domain/places/izmit-gazetteer.js';
import { ApiError } from '../shared/api.js';
import { Announce, Choices } from './choices.js';
import {
  apply,
  type BookingView,
  book,
  type CitizenService,
  type MeCitizen,
  type SavedAddress,
} from './citizen-api.js';
import { useT } from './messages.js';
import { RequestAnswer } from './request-answer.js';
import {
  type Answers,
  bookingBody,
  type DoorDetails,
  EMPTY_DOOR,
  instantOf,
  type PlaceChoice,
} from './request-body.js';

const AREAS = IZMIT_PLACES.filter((p) => p.kind === 'mahalle' || p.kind === 'koy');
// Where care is given: hospitals first, then health and vaccination centres (Aşı Ulaşım's destinations).
const CARE_KINDS = ['hospital', 'vaccination-centre', 'health-centre'];
const HOSPITALS = [
  ...CARE_KINDS.flatMap((kind) => IZMIT_PLACES.filter((p) => p.kind === kind)),
  ...NEARBY_HOSPITALS,
];

type Step = 'who' | 'service' | 'from' | 'to' | 'when' | 'return' | 'needs' | 'summary';

export function emptyAnswers(citizenId: string): Answers {
  return {
    citizenId,
    serviceId: '',
    from: null,
    door: EMPTY_DOOR,
    to: null,
    when: 'asap',
    date: '',
    time: '',
    ret: 'none',
    wheelchair: 'none',
    walkingAid: false,
    companions: 0,
    infants: 0,
    note: '',
  };
}

/**
 * The request, one question at a time: each step is a small form whose
 * legend is the question; the step's heading takes the focus when it opens,
 * so a screen reader says where the citizen is.
 */
export function RequestFlow(props: {
  citizens: MeCitizen[];
  services: CitizenService[];
  addresses: SavedAddress[];
  initial: Answers;
  startAt?: Step;
  onCitizen: (id: string) => void;
  onFollow: (id: string) => void;
}) {
  const { t, lang } = useT();
  const [a, setA] = useState<Answers>(props.initial);
  const service = props.services.find((s) => s.id === a.serviceId);
  const steps = useMemo<Step[]>(
    () =>
      [
        props.citizens.length > 1 ? 'who' : null,
        'service',
        'from',
        'to',
        'when',
        service?.returnTrip ? 'return' : null,
        'needs',
        'summary',
      ].filter((s): s is Step => s !== null),
    [props.citizens.length, service?.returnTrip],
  );
  const [step, setStep] = useState<Step>(props.startAt ?? steps[0]!);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<BookingView | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const [fromOther, setFromOther] = useState(false);
  const [toKind, setToKind] = useState<'hospital' | 'place' | ''>('');
  const heading = useRef<HTMLHeadingElement>(null);
  const index = steps.indexOf(step);
  const name = (s: CitizenService) => (lang === 'tr' ? s.nameTr : s.nameEn);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new question (or the answer) takes the focus, so screen readers say it.
  useEffect(() => {
    heading.current?.focus();
  }, [step, answer]);

  const set = (patch: Partial<Answers>) => {
    setA((old) => ({ ...old, ...patch }));
    setError(null);
  };

  function problem(): string | null {
    if (step === 'service' && !service?.eligible) return t('required.choice');
    if (step === 'from' && !a.from) return t('required.place');
    if (step === 'to' && !a.to) return t('required.place');
    if (step === 'when' && a.when !== 'asap' && !instantOf(a.date, a.time))
      return t('required.time');
    return null;
  }

  async function submit(pickAt?: string) {
    setBusy(true);
    setError(null);
    try {
      setAnswer(await book(bookingBody(a, pickAt), crypto.randomUUID()));
    } catch (e) {
      setError(e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : String(e));
    } finally {
      setBusy(false);
    }
  }

  const next = (event: FormEvent) => {
    event.preventDefault();
    const wrong = problem();
    if (wrong) return setError(wrong);
    if (step === 'summary') return void submit();
    setStep(steps[index + 1]!);
  };

  if (answer)
    return (
      <RequestAnswer
        booking={answer}
        headingRef={heading}
        busy={busy}
        error={error}
        onPick={(at) => void submit(at)}
        onFollow={() => props.onFollow(answer.id)}
        onChange={() => {
          // Back to the questions with every answer as it was (the door typed too).
          setAnswer(null);
          setStep('when');
        }}
      />
    );

  const timings = service
    ? ([
        service.asapAllowed ? { value: 'asap' as const, label: t('when.asap') } : null,
        service.timing === 'pickup' ? { value: 'at' as const, label: t('when.at') } : null,
        service.timing === 'arrive-by'
          ? { value: 'arrive' as const, label: t('when.arrive') }
          : null,
      ].filter((o) => o !== null) as { value: Answers['when']; label: string }[])
    : [];

  return (
    <Stack component="section" aria-labelledby="step-heading">
      <Title order={2} id="step-heading" ref={heading} tabIndex={-1}>
        {t('step', { n: index + 1, total: steps.length })}
      </Title>
      <form onSubmit={next} noValidate>
        <Stack>
          {step === 'who' && (
            <Choices
              name="who"
              legend={t('who.q')}
              value={a.citizenId}
              options={props.citizens.map((c) => ({ value: c.id, label: c.fullName }))}
              onChange={(id) => {
                set({ citizenId: id, serviceId: '', from: null, door: EMPTY_DOOR });
                props.onCitizen(id);
              }}
            />
          )}
          {step === 'service' && (
            <>
              <Choices
                name="service"
                legend={t('service.q')}
                value={a.serviceId}
                options={props.services
                  .filter((s) => s.eligible)
                  .map((s) => ({ value: s.id, label: name(s) }))}
                onChange={(id) => {
                  const s = props.services.find((x) => x.id === id);
                  set({
                    serviceId: id,
                    when: s?.asapAllowed ? 'asap' : s?.timing === 'arrive-by' ? 'arrive' : 'at',
                    // A mother rides with her newborn.
                    infants: id === 'anne-taksi' ? 1 : 0,
                  });
                }}
                error={error}
              />
              {!props.services.some((s) => s.eligible) && <Text>{t('service.none')}</Text>}
              {props.services
                .filter((s) => !s.eligible)
                .map((s) =>
                  s.applied || applied === s.id ? (
                    <Announce key={s.id}>{t('service.applied', { name: name(s) })}</Announce>
                  ) : (
                    <Button
                      key={s.id}
                      variant="default"
                      onClick={() => void apply(a.citizenId, s.id).then(() => setApplied(s.id))}
                    >
                      {t('service.apply', { name: name(s) })}
                    </Button>
                  ),
                )}
            </>
          )}
          {step === 'from' && (
            <FromStep
              a={a}
              set={set}
              error={error}
              addresses={props.addresses}
              home={props.citizens.find((c) => c.id === a.citizenId)?.home ?? null}
              other={fromOther}
              setOther={setFromOther}
            />
          )}
          {step === 'to' && (
            <>
              <Choices
                name="to-kind"
                legend={t('to.q')}
                value={toKind}
                options={[
                  { value: 'hospital', label: t('to.hospital') },
                  { value: 'place', label: t('to.place') },
                ]}
                onChange={(k) => {
                  setToKind(k);
                  set({ to: null });
                }}
                error={toKind ? null : error}
              />
              {toKind && (
                <PlaceSelect
                  label={toKind === 'hospital' ? t('hospital.label') : t('place.label')}
                  places={toKind === 'hospital' ? HOSPITALS : AREAS}
                  value={a.to?.kind === 'place' ? a.to.placeId : ''}
                  onChange={(id) => set({ to: id ? { kind: 'place', placeId: id } : null })}
                  error={error}
                />
              )}
            </>
          )}
          {step === 'when' && (
            <>
              <Choices
                name="when"
                legend={t('when.q')}
                value={a.when}
                options={timings}
                onChange={(w) => set({ when: w })}
              />
              {a.when !== 'asap' && (
                <Group grow wrap="wrap">
                  <TextInput
                    type="date"
                    label={t('when.date')}
                    value={a.date}
                    onChange={(e) => set({ date: e.currentTarget.value })}
                    error={error ?? undefined}
                    required
                  />
                  <TextInput
                    type="time"
                    label={a.when === 'arrive' ? t('when.appointment') : t('when.time')}
                    value={a.time}
                    onChange={(e) => set({ time: e.currentTarget.value })}
                    error={error ? ' ' : undefined}
                    required
                  />
                </Group>
              )}
            </>
          )}
          {step === 'return' && (
            <Choices
              name="return"
              legend={t('return.q')}
              value={a.ret}
              options={[
                { value: 'none' as const, label: t('return.none') },
                { value: 'call' as const, label: t('return.call') },
                ...(service?.timing === 'arrive-by'
                  ? [{ value: 'after' as const, label: t('return.after') }]
                  : []),
              ]}
              onChange={(r) => set({ ret: r })}
            />
          )}
          {step === 'needs' && <NeedsStep a={a} set={set} service={service} />}
          {step === 'summary' && <Title order={3}>{t('summary.q')}</Title>}
          {error && step === 'summary' && <Announce tone="error">{error}</Announce>}
          {error && step !== 'summary' && (
            <p className="visually-hidden" role="alert">
              {error}
            </p>
          )}
          <Group>
            {index > 0 && (
              <Button variant="default" onClick={() => setStep(steps[index - 1]!)}>
                {t('back')}
              </Button>
            )}
            <Button type="submit" loading={busy}>
              {step === 'summary' ? t('send') : t('next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function PlaceSelect(props: {
  label: string;
  places: readonly { id: string; name: string }[];
  value: string;
  onChange: (id: string) => void;
  error: string | null;
}) {
  const { t } = useT();
  return (
    <NativeSelect
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('place.choose') },
        ...props.places.map((p) => ({ value: p.id, label: p.name })),
      ]}
      error={props.error ?? undefined}
      required
    />
  );
}

function FromStep(props: {
  a: Answers;
  set: (patch: Partial<Answers>) => void;
  error: string | null;
  addresses: SavedAddress[];
  home: MeCitizen['home'];
  other: boolean;
  setOther: (v: boolean) => void;
}) {
  const { t } = useT();
  const saved: {
    value: string;
    label: string;
    choice: PlaceChoice;
    door?: Partial<DoorDetails> | undefined;
  }[] = [
    ...(props.home
      ? [
          {
            value: 'home',
            label: t('from.home', { label: props.home.label }),
            choice: { kind: 'point' as const, ...props.home },
          },
        ]
      : []),
    ...props.addresses.map((s) => ({
      value: s.id,
      label: s.label,
      choice: {
        kind: 'point' as const,
        label: s.label,
        lat: s.lat,
        lng: s.lng,
        placeId: s.placeId,
      },
      door: s.address ?? undefined,
    })),
  ];
  const chosen = props.other
    ? 'other'
    : (saved.find((s) => JSON.stringify(s.choice) === JSON.stringify(props.a.from))?.value ?? '');
  return (
    <>
      <Choices
        name="from"
        legend={t('from.q')}
        value={chosen}
        options={[...saved, { value: 'other', label: t('from.other') }]}
        onChange={(v) => {
          props.setOther(v === 'other');
          const found = saved.find((s) => s.value === v);
          const typed = Object.values(props.a.door).some((x) => x.trim() !== '');
          props.set({
            from: found?.choice ?? null,
            // A saved address brings its door, unless the citizen already typed one.
            ...(found?.door && !typed ? { door: { ...EMPTY_DOOR, ...found.door } } : {}),
          });
        }}
        error={props.other ? null : props.error}
      />
      {props.other && (
        <PlaceSelect
          label={t('place.label')}
          places={AREAS}
          value={props.a.from?.kind === 'place' ? props.a.from.placeId : ''}
          onChange={(id) => props.set({ from: id ? { kind: 'place', placeId: id } : null })}
          error={props.error}
        />
      )}
      {props.a.from && <DoorFields door={props.a.door} onChange={(door) => props.set({ door })} />}
    </>
  );
}

const DOOR_PARTS = [
  ['street', 120],
  ['buildingNo', 20],
  ['floor', 20],
  ['flat', 20],
] as const;

/** Where exactly the driver rings: optional, and kept through every later step and answer. */
function DoorFields(props: { door: DoorDetails; onChange: (door: DoorDetails) => void }) {
  const { t } = useT();
  const part = (key: keyof DoorDetails, value: string) =>
    props.onChange({ ...props.door, [key]: value });
  return (
    <fieldset className="choices door-fields">
      <legend className="choices-legend">{t('door.legend')}</legend>
      <Stack gap="sm">
        {DOOR_PARTS.map(([key, max]) => (
          <TextInput
            key={key}
            label={t(`door.${key}`)}
            value={props.door[key]}
            maxLength={max}
            autoComplete={key === 'street' ? 'address-line1' : 'off'}
            onChange={(e) => part(key, e.currentTarget.value)}
          />
        ))}
        <Textarea
          label={t('door.directions')}
          value={props.door.directions}
          maxLength={500}
          autosize
          minRows={2}
          onChange={(e) => part('directions', e.currentTarget.value)}
        />
      </Stack>
    </fieldset>
  );
}

function NeedsStep({
  a,
  set,
  service,
}: {
  a: Answers;
  set: (p: Partial<Answers>) => void;
  service: CitizenService | undefined;
}) {
  const { t } = useT();
  const counts = (max: number) => Array.from({ length: max + 1 }, (_, i) => String(i));
  return (
    <Stack>
      <Title order={3}>{t('needs.q')}</Title>
      {service?.id !== 'anne-taksi' && (
        <Choices
          name="wheelchair"
          legend={t('needs.wheelchair')}
          value={a.wheelchair}
          options={(['none', 'manual', 'electric'] as const).map((w) => ({
            value: w,
            label: t(`needs.wheelchair.${w}`),
          }))}
          onChange={(w) => set({ wheelchair: w })}
        />
      )}
      <label className="choice">
        <input
          type="checkbox"
          checked={a.walkingAid}
          onChange={(e) => set({ walkingAid: e.currentTarget.checked })}
        />
        <span>{t('needs.walkingAid')}</span>
      </label>
      <NativeSelect
        label={t('needs.companions')}
        value={String(a.companions)}
        onChange={(e) => set({ companions: Number(e.currentTarget.value) })}
        data={counts(service?.maxCompanions ?? 1)}
      />
      {service?.id === 'anne-taksi' && (
        <NativeSelect
          label={t('needs.infants')}
          value={String(a.infants)}
          onChange={(e) => set({ infants: Number(e.currentTarget.value) })}
          data={counts(3)}
        />
      )}
      <Textarea
        label={t('needs.note')}
        value={a.note}
        maxLength={500}
        onChange={(e) => set({ note: e.currentTarget.value })}
      />
    </Stack>
  );
}
