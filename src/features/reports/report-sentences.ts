import { DateTime } from 'luxon';
import { withSuffix } from './turkish-suffix.js';

/** The period a report covers, as the directorate names it. */
export type ReportPeriod =
  | { kind: 'year'; year: number; from: string; to: string }
  | { kind: 'month'; year: number; month: number; from: string; to: string }
  | { kind: 'custom'; from: string; to: string };

export interface SentenceFigures {
  serviceId: string;
  nameTr: string;
  nameEn: string;
  completed: number;
  citizensServed: number;
  neighbourhoods: number;
  villages: number;
  /** The service's first completed ride ever (ISO instant), to say it started in the period. */
  firstEver: string | null;
}

const MONTHS_TR = [
  'Ocak',
  'Şubat',
  'Mart',
  'Nisan',
  'Mayıs',
  'Haziran',
  'Temmuz',
  'Ağustos',
  'Eylül',
  'Ekim',
  'Kasım',
  'Aralık',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Who a service's riders are, in the sentences ("396 anne" / "396 mothers"). */
const RIDERS: Record<string, { tr: string; en: [string, string] }> = {
  'anne-taksi': { tr: 'anne', en: ['mother', 'mothers'] },
  'engelsiz-taksi': { tr: 'engelli vatandaş', en: ['disabled citizen', 'disabled citizens'] },
};
const CITIZEN = { tr: 'vatandaş', en: ['citizen', 'citizens'] as [string, string] };

/** What a service's ride was for, where the sentence says so. */
const PURPOSE: Record<string, { tr: string; en: string }> = {
  'asi-ulasim': {
    tr: 'aşı randevularına götürüldü',
    en: 'were taken to their vaccine appointments',
  },
};

function plural(n: number, [one, many]: [string, string]): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function countTr(n: number): string {
  return n.toLocaleString('tr-TR');
}

/**
 * A rounded figure for "about N": two significant digits from 20 up (97 →
 * 100, 1234 → 1200); small figures stay exact.
 */
export function roughly(n: number): { value: number; approximate: boolean } {
  if (n < 20) return { value: n, approximate: false };
  const step = 10 ** Math.max(1, Math.floor(Math.log10(n)) - 1);
  const value = Math.round(n / step) * step;
  return { value, approximate: value !== n };
}

function dateTr(iso: string): string {
  const d = DateTime.fromISO(iso);
  return `${d.day} ${MONTHS_TR[d.month - 1]} ${d.year}`;
}
function dateEn(iso: string): string {
  const d = DateTime.fromISO(iso);
  return `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
}

/** "2021'de", "Ekim 2021'de", "1 Mart 2021 – 15 Nisan 2021 arasında". */
export function periodTr(p: ReportPeriod): string {
  if (p.kind === 'year') return withSuffix(String(p.year), 'locative');
  if (p.kind === 'month')
    return `${MONTHS_TR[p.month - 1]} ${withSuffix(String(p.year), 'locative')}`;
  return `${dateTr(p.from)} – ${dateTr(p.to)} arasında`;
}

/** "in 2021", "in October 2021", "between 1 March 2021 and 15 April 2021". */
export function periodEn(p: ReportPeriod): string {
  if (p.kind === 'year') return `in ${p.year}`;
  if (p.kind === 'month') return `in ${MONTHS_EN[p.month - 1]} ${p.year}`;
  return `between ${dateEn(p.from)} and ${dateEn(p.to)}`;
}

function areasTr(n: number, k: number): string {
  if (n > 0 && k > 0) return `${n} mahalle ve ${withSuffix(`${k} köy`, 'ablative', 'common')}`;
  if (n > 0) return withSuffix(`${n} mahalle`, 'ablative', 'common');
  return withSuffix(`${k} köy`, 'ablative', 'common');
}

function areasEn(n: number, k: number): string {
  const parts = [
    n > 0 ? plural(n, ['neighbourhood', 'neighbourhoods']) : '',
    k > 0 ? plural(k, ['village', 'villages']) : '',
  ].filter(Boolean);
  return parts.join(' and ');
}

/** The local month a ride started in, when it falls inside the period (else the service is older). */
function startedIn(p: ReportPeriod, firstEver: string | null, timeZone: string) {
  // A month's report does not say the service started in that month: it reads as a tautology.
  if (!firstEver || p.kind === 'month') return undefined;
  const first = DateTime.fromISO(firstEver, { zone: timeZone });
  const day = first.toISODate()!;
  if (day < p.from || day > p.to || day === p.from) return undefined;
  const sameYear = p.from.slice(0, 4) === p.to.slice(0, 4);
  return {
    tr: sameYear
      ? withSuffix(MONTHS_TR[first.month - 1]!, 'locative')
      : `${MONTHS_TR[first.month - 1]} ${withSuffix(String(first.year), 'locative')}`,
    en: sameYear ? MONTHS_EN[first.month - 1]! : `${MONTHS_EN[first.month - 1]} ${first.year}`,
  };
}

/**
 * The sentences of the year's activity report for one service, in Turkish
 * and English, ready to paste: who used it, how often it served (and when
 * it started, if that was in the period), and how far it reached.
 */
export function serviceSentences(
  f: SentenceFigures,
  period: ReportPeriod,
  timeZone: string,
): { tr: string[]; en: string[] } {
  const whenTr = periodTr(period);
  const whenEn = periodEn(period);
  if (f.completed === 0)
    return {
      tr: [`${f.nameTr}, ${whenTr} hizmet vermedi.`],
      en: [`${f.nameEn} gave no rides ${whenEn}.`],
    };
  const riders = RIDERS[f.serviceId] ?? CITIZEN;
  const tr: string[] = [];
  const en: string[] = [];
  const capital = whenTr.charAt(0).toLocaleUpperCase('tr') + whenTr.slice(1);
  tr.push(
    `${capital} ${countTr(f.citizensServed)} ${riders.tr} ${withSuffix(f.nameTr, 'accusative')} kullandı.`,
  );
  en.push(`${capitalEn(plural(f.citizensServed, riders.en))} used ${f.nameEn} ${whenEn}.`);

  const started = startedIn(period, f.firstEver, timeZone);
  if (started) {
    tr.push(`${f.nameTr}, ${started.tr} başladı, ${countTr(f.completed)} kez hizmet verdi.`);
    en.push(
      `${f.nameEn}, started in ${started.en}, served ${plural(f.completed, ['time', 'times'])}.`,
    );
  } else {
    tr.push(`${f.nameTr}, ${whenTr} ${countTr(f.completed)} kez hizmet verdi.`);
    en.push(`${f.nameEn} served ${plural(f.completed, ['time', 'times'])} ${whenEn}.`);
  }

  if (f.neighbourhoods + f.villages > 0) {
    const about = roughly(f.citizensServed);
    const countT = `${about.approximate ? 'yaklaşık ' : ''}${countTr(about.value)}`;
    const countE = `${about.approximate ? 'about ' : ''}${plural(about.value, CITIZEN.en)}`;
    const purpose = PURPOSE[f.serviceId];
    tr.push(
      `${areasTr(f.neighbourhoods, f.villages)} ${countT} vatandaş ${
        purpose ? purpose.tr : `${withSuffix(f.nameTr, 'accusative')} kullandı`
      }.`,
    );
    en.push(
      `${capitalEn(countE)} from ${areasEn(f.neighbourhoods, f.villages)} ${
        purpose ? purpose.en : `used ${f.nameEn}`
      }.`,
    );
  }
  return { tr, en };
}

function capitalEn(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
