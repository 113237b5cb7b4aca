import { DateInput, TimePicker } from '@mantine/dates';
import type { Ref } from 'react';
import { useI18n } from './i18n.js';
import { parseDmy } from './time.js';

/**
 * A date typed as Turkish offices write it (27.11.2026) or picked from the
 * calendar; the value is the API's YYYY-MM-DD. The calendar speaks the page's
 * language and starts on Monday (DatesProvider in mount.tsx).
 */
export function DateField(props: {
  label: string;
  value: string;
  onChange: (date: string) => void;
  error?: string | undefined;
  required?: boolean;
  minDate?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useI18n();
  return (
    <DateInput
      ref={props.inputRef}
      label={props.label}
      description={t('format.dateHint')}
      value={props.value || null}
      onChange={(v) => props.onChange(v ?? '')}
      valueFormat="DD.MM.YYYY"
      dateParser={(text) => parseDmy(text) ?? null}
      error={props.error}
      required={props.required}
      minDate={props.minDate}
      popoverProps={{ withinPortal: true }}
      // The calendar's arrows are icons: they need names for screen readers (axe button-name).
      ariaLabels={{
        previousMonth: t('format.previousMonth'),
        nextMonth: t('format.nextMonth'),
        previousYear: t('format.previousYear'),
        nextYear: t('format.nextYear'),
        previousDecade: t('format.previousDecade'),
        nextDecade: t('format.nextDecade'),
        monthLevelControl: t('format.pickMonth'),
        yearLevelControl: t('format.pickYear'),
      }}
    />
  );
}

/** A 24-hour time (14:30), whatever the browser's locale; the value is "HH:mm" or "". */
export function TimeField(props: {
  label: string;
  value: string;
  onChange: (time: string) => void;
  error?: string | undefined;
  required?: boolean;
  hoursRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useI18n();
  return (
    <TimePicker
      label={props.label}
      format="24h"
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      required={props.required}
      hoursRef={props.hoursRef}
      hoursInputLabel={`${props.label}: ${t('format.hours')}`}
      minutesInputLabel={`${props.label}: ${t('format.minutes')}`}
      hoursPlaceholder="SS"
      minutesPlaceholder="DD"
    />
  );
}
