import {
  Checkbox,
  Chip,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import type { Ref } from 'react';
import { DateField, TimeField } from '../shared/date-fields.js';
import { type MessageKey, useI18n } from '../shared/i18n.js';
import type { ServiceView } from '../shared/types.js';
import {
  type BookingDraft,
  type DraftField,
  type ReturnMode,
  type Timing,
  timingsOf,
  type Wheelchair,
} from './booking-request.js';

type Set = <K extends keyof BookingDraft>(key: K, value: BookingDraft[K]) => void;
interface FieldsProps {
  draft: BookingDraft;
  set: Set;
  service: ServiceView | undefined;
  errors: Partial<Record<DraftField, string>>;
}

/** Pickup time, as soon as possible, or an appointment to reach: what the service offers. */
export function WhenFields(props: FieldsProps & { whenRef: Ref<HTMLElement>; today: string }) {
  const { t } = useI18n();
  const { draft, set, service } = props;
  const timings = timingsOf(service);
  const timing: Timing = timings.includes(draft.timing) ? draft.timing : timings[0]!;
  return (
    <Stack gap="xs">
      {timings.length > 1 ? (
        <SegmentedControl
          ref={props.whenRef as Ref<HTMLDivElement>}
          aria-label={t('operator.timing')}
          value={timing}
          onChange={(v) => set('timing', v as Timing)}
          data={timings.map((v) => ({ value: v, label: t(`timing.${v}`) }))}
        />
      ) : (
        <Text fw={500} size="sm">
          {t(`timing.${timing}`)}
        </Text>
      )}
      {timing === 'asap' && !draft.repeat ? (
        <Text size="sm" c="dimmed">
          {t('operator.asapHint')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!draft.repeat && (
            <DateField
              label={t('operator.date')}
              value={draft.date}
              onChange={(v) => set('date', v)}
              minDate={props.today}
              required
            />
          )}
          <TimeField
            label={timing === 'arrive-by' ? t('operator.arriveTime') : t('operator.pickupTime')}
            value={draft.time}
            onChange={(v) => set('time', v)}
            error={props.errors.time}
            hoursRef={timings.length > 1 ? undefined : (props.whenRef as Ref<HTMLInputElement>)}
            required
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** Wheelchair, walking aid, companions, babies: what the vehicle must carry. */
export function NeedsFields(props: FieldsProps) {
  const { t } = useI18n();
  const { draft, set, errors, service } = props;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      <NativeSelect
        label={t('operator.wheelchair')}
        value={draft.wheelchair}
        onChange={(e) => set('wheelchair', e.currentTarget.value as Wheelchair)}
        data={(['none', 'manual', 'electric'] as const).map((w) => ({
          value: w,
          label: t(`wheelchair.${w}`),
        }))}
        error={errors.wheelchair}
      />
      <NumberInput
        label={t('operator.companions')}
        min={0}
        max={service?.maxCompanions ?? 4}
        value={draft.companions}
        onChange={(v) => set('companions', typeof v === 'number' ? v : 0)}
        error={errors.companions}
      />
      <NumberInput
        label={t('operator.infants')}
        min={0}
        max={3}
        value={draft.infants}
        onChange={(v) => set('infants', typeof v === 'number' ? v : 0)}
        error={errors.infants}
      />
      <Checkbox
        mt={{ base: 0, sm: 32 }}
        size="md"
        label={t('operator.walkingAid')}
        checked={draft.walkingAid}
        onChange={(e) => set('walkingAid', e.currentTarget.checked)}
      />
    </SimpleGrid>
  );
}

/** The way back, for services with returns: at a time, ready after N minutes, or "will call". */
export function ReturnFields(props: FieldsProps) {
  const { t } = useI18n();
  const { draft, set, errors } = props;
  if (!props.service?.returnTrip) return null;
  // A series' returns are at a time of day or some minutes after; "will call" is one ride's.
  const modes: ReturnMode[] = draft.repeat
    ? ['none', 'at', 'after']
    : ['none', 'at', 'after', 'will-call'];
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('operator.return')}
        value={draft.returnMode}
        onChange={(v) => set('returnMode', v as ReturnMode)}
        error={errors.returnTrip}
      >
        <Group gap="md" mt={4}>
          {modes.map((m) => (
            <Radio key={m} value={m} label={t(`return.${m}`)} />
          ))}
        </Group>
      </Radio.Group>
      {draft.returnMode === 'at' && (
        <TimeField
          label={t('return.time')}
          value={draft.returnTime}
          onChange={(v) => set('returnTime', v)}
          required
        />
      )}
      {draft.returnMode === 'after' && (
        <NumberInput
          label={t('return.afterMinutes')}
          min={0}
          max={600}
          step={15}
          value={draft.returnAfterMinutes}
          onChange={(v) => set('returnAfterMinutes', typeof v === 'number' ? v : 0)}
        />
      )}
    </Stack>
  );
}

/** A standing order: the same ride on chosen weekdays between two dates. */
export function RepeatFields(props: FieldsProps & { today: string }) {
  const { t } = useI18n();
  const { draft, set, errors } = props;
  return (
    <Stack gap="xs">
      <Checkbox
        size="md"
        label={t('operator.repeat')}
        checked={draft.repeat}
        onChange={(e) => set('repeat', e.currentTarget.checked)}
      />
      {draft.repeat && (
        <>
          <Chip.Group
            multiple
            value={draft.weekdays.map(String)}
            onChange={(v) => set('weekdays', v.map(Number))}
          >
            <Group gap={6} role="group" aria-label={t('repeat.weekdays')}>
              {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                <Chip key={d} value={String(d)}>
                  {t(`weekdayLong.${d}` as MessageKey)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {errors.weekdays && (
            <Text c="red" size="sm" role="alert">
              {errors.weekdays}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t('repeat.startsOn')}
              value={draft.startsOn}
              onChange={(v) => set('startsOn', v)}
              minDate={props.today}
              error={errors.startsOn}
              required
            />
            <DateField
              label={t('repeat.endsOn')}
              value={draft.endsOn}
              onChange={(v) => set('endsOn', v)}
              minDate={draft.startsOn || props.today}
              error={errors.endsOn}
              required
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
