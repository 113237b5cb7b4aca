import type { MessageKey } from '../shared/i18n.js';
import type { ExplanationItem } from '../shared/types.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const FEATURE: Record<string, MessageKey> = {
  infantSeat: 'feature.infantSeat',
  wheelchairAccess: 'feature.wheelchairAccess',
  ramp: 'feature.wheelchairAccess',
  lift: 'feature.wheelchairAccess',
};

const KEY: Record<string, MessageKey> = {
  chosen: 'why.chosen',
  'service-not-served': 'why.service-not-served',
  'missing-feature': 'why.missing-feature',
  capacity: 'why.capacity',
  'shift-ends': 'why.shift-ends',
  'shift-not-started': 'why.shift-not-started',
  'window-passed': 'why.window-passed',
  'max-ride': 'why.max-ride',
  break: 'why.break',
  busy: 'why.busy',
  farther: 'why.farther',
};

/**
 * The engine's reasons (`booking.explanation`) as sentences the operator can
 * read aloud. The engine decides and counts; this only words it. An unknown
 * code is shown as it is rather than hidden.
 */
export function explain(
  items: readonly ExplanationItem[] | null | undefined,
  t: Translate,
): string[] {
  return (items ?? []).map((item) => {
    const p = item.params ?? {};
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(p)) params[k] = typeof v === 'boolean' ? String(v) : v;
    if (item.code === 'chosen') {
      const base = t(typeof p.feasible === 'number' ? 'why.chosen' : 'why.chosenShort', params);
      const eta = typeof p.etaMinutes === 'number' ? ` ${t('why.chosenEta', params)}` : '';
      return `${base}${eta}${p.idle ? ` ${t('why.chosenIdle')}` : ''}`;
    }
    if (item.code === 'missing-feature') {
      const key = FEATURE[String(p.feature)];
      params.feature = key ? t(key) : String(p.feature ?? '');
    }
    const key = KEY[item.code];
    return key ? t(key, params) : `${item.code} ${JSON.stringify(p)}`;
  });
}
