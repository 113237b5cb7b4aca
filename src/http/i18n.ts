import { z } from 'zod';
import type { ErrorCode } from '../domain/errors.js';

export type Lang = 'tr' | 'en';

/** Turkish first (the service's users), English when the caller prefers it. */
export function languageOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'tr';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('tr')) return 'tr';
    if (tag.startsWith('en')) return 'en';
  }
  return 'tr';
}

const zodLocales = { tr: z.locales.tr().localeError, en: z.locales.en().localeError };
const REQUIRED: Record<Lang, string> = { tr: 'Bu alan zorunlu.', en: 'This field is required.' };

/** Zod's type names in Turkish words (its `tr` locale leaves them in English: "beklenen string"). */
const TYPE_TR: Record<string, string> = {
  string: 'metin',
  number: 'sayı',
  int: 'tam sayı',
  bigint: 'tam sayı',
  boolean: 'evet/hayır değeri',
  object: 'nesne',
  array: 'liste',
  date: 'tarih',
  null: 'boş değer (null)',
  undefined: 'değer yok',
  nan: 'geçersiz sayı',
};

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

const typeTr = (t: string) => TYPE_TR[t] ?? t;

/** Limits said in Turkish words for the kinds of value a form field holds. */
function sizeTr(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return undefined;
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  // A count (characters, items) past an exclusive bound is the next whole one.
  const count = inclusive ? limit : small ? limit + 1 : limit - 1;
  switch (issue.origin) {
    case 'string':
      return small
        ? `Çok kısa: en az ${count} karakter olmalı.`
        : `Çok uzun: en fazla ${count} karakter olmalı.`;
    case 'array':
    case 'set':
      return small
        ? `Çok az öğe: en az ${count} öğe olmalı.`
        : `Çok fazla öğe: en fazla ${count} öğe olmalı.`;
    case 'number':
    case 'int':
    case 'bigint':
      if (small)
        return inclusive
          ? `Çok küçük: en az ${limit} olmalı.`
          : `Çok küçük: ${limit} sayısından büyük olmalı.`;
      return inclusive
        ? `Çok büyük: en fazla ${limit} olmalı.`
        : `Çok büyük: ${limit} sayısından küçük olmalı.`;
    default:
      return undefined;
  }
}

function turkish(issue: z.core.$ZodRawIssue): string | { message: string } | undefined | null {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return REQUIRED.tr;
    return `Geçersiz değer: ${typeTr(issue.expected)} bekleniyordu, ${typeTr(receivedType(issue.input))} geldi.`;
  }
  return sizeTr(issue) ?? zodLocales.tr(issue);
}

/** Zod's own messages per language, with a plain "required" for a missing field. */
export const zodErrorMap: Record<Lang, z.core.$ZodErrorMap> = {
  tr: turkish,
  en: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? REQUIRED.en : zodLocales.en(issue),
};

type Params = Record<string, string | number>;
type Messages = Record<ErrorCode, (p: Params) => string>;

const ENTITY: Record<Lang, Record<string, string>> = {
  tr: {
    booking: 'Rezervasyon',
    citizen: 'Vatandaş',
    vehicle: 'Araç',
    driver: 'Sürücü',
    shift: 'Vardiya',
    service: 'Hizmet',
    route: 'Adres',
    place: 'Yer',
    'standing-order': 'Düzenli yolculuk',
    holiday: 'Tatil günü',
    user: 'Kullanıcı',
    suspension: 'Süren bir askıya alma',
    'day-hours': 'Günün hizmet saati',
    'eligibility-request': 'Hak sahipliği talebi',
  },
  en: {
    booking: 'Booking',
    citizen: 'Citizen',
    vehicle: 'Vehicle',
    driver: 'Driver',
    shift: 'Shift',
    service: 'Service',
    route: 'Path',
    place: 'Place',
    'standing-order': 'Standing order',
    holiday: 'Holiday',
    user: 'User',
    suspension: 'A suspension in force',
    'day-hours': "The day's service hours",
    'eligibility-request': 'Eligibility request',
  },
};

const MESSAGES: Record<Lang, Messages> = {
  tr: {
    VALIDATION_FAILED: () => 'Gönderilen bilgilerde hata var.',
    UNAUTHENTICATED: () => 'Oturum açmanız gerekiyor.',
    INVALID_CREDENTIALS: () => 'Kullanıcı adı veya parola hatalı.',
    FORBIDDEN: () => 'Bu işlem için yetkiniz yok.',
    NOT_FOUND: (p) => `${ENTITY.tr[String(p.entity)] ?? 'Kayıt'} bulunamadı.`,
    NOT_ELIGIBLE: (p) =>
      `Vatandaşın ${dmy(p.date)} tarihinde "${p.serviceTr}" hizmeti için geçerli hak sahipliği yok.`,
    BOOKING_OUTSIDE_HORIZON: (p) => horizonTr(p),
    SERVICE_RULE_VIOLATED: (p) => ruleTr(p),
    IDEMPOTENCY_KEY_REUSED: () => 'Bu Idempotency-Key başka bir istek için kullanılmış.',
    INVALID_TRANSITION: (p) => `Rezervasyon "${p.from}" durumundayken "${p.action}" yapılamaz.`,
    STANDING_ORDER_ENDED: () => 'Bu düzenli yolculuk sona erdi; değiştirilemez.',
    OVERLAPPING_BOOKING: (p) =>
      `Vatandaşın bu saatle çakışan bir yolculuğu var (${p.when}, ${p.serviceTr}). Yine de almak için bir gerekçe yazın.`,
    REASSIGN_INFEASIBLE: (p) => `Yolculuk ${p.plate} aracına verilemez: ${p.reasonTr}.`,
    CONFLICT: () => 'Kayıt başka biri tarafından değiştirildi; yeniden deneyin.',
    CITIZEN_EXISTS: (p) =>
      `Bu T.C. kimlik numarasıyla kayıtlı bir vatandaş var (${p.name}); yeni kayıt açmak yerine onu arayıp seçin.`,
    ERASURE_BLOCKED: (p) =>
      Number(p.underWay) > 0
        ? `Vatandaşın şu anda süren ${p.underWay} yolculuğu var; yolculuk bitmeden kişisel verileri silinemez.`
        : `Vatandaşın bitmemiş ${p.open} yolculuğu ya da düzenli yolculuğu var; önce iptal edilmeleri gerekir (cancelFutureRides).`,
    BREAK_NOT_ALLOWED: (p) =>
      p.reason === 'passenger-aboard'
        ? 'Araçta ya da durakta yolcu varken mola başlatılamaz.'
        : p.reason === 'no-break'
          ? 'Bu vardiyada mola yok.'
          : 'Başlamamış bir mola bitirilemez.',
    STOP_NOT_ACTIONABLE: (p) =>
      p.reason === 'too-early'
        ? `Yolcu gelmedi bildirimi için kapıda bekleme süresi dolmadı: ${p.time} sonra yapılabilir.`
        : 'Bu durak bugünün işi değil; yalnızca bugünün durakları işaretlenebilir.',
    SELF_BOOKING_SUSPENDED: (p) =>
      `Şu an buradan yolculuk isteyemezsiniz: ${p.until} tarihine kadar yolculuklarınız çağrı merkezinden alınıyor. Lütfen ${p.phone} numarasını arayın; sizin için yolculuk alırız.`,
    RATE_LIMITED: () => 'Çok fazla istek; biraz sonra yeniden deneyin.',
    LOGIN_LOCKED: (p) =>
      `Çok fazla hatalı giriş denemesi. ${waitTr(Number(p.retryAfterSeconds))} sonra yeniden deneyin.`,
    OTP_INVALID: () => 'Kod yanlış ya da süresi geçmiş. Yeni bir kod isteyebilirsiniz.',
    OTP_LIMITED: (p) =>
      `Çok fazla deneme oldu. ${waitTr(Number(p.retryAfterSeconds))} sonra yeniden deneyin.`,
    PAYLOAD_TOO_LARGE: (p) => `Gönderilen bilgi çok büyük (en fazla ${p.limit}).`,
    UNSUPPORTED_MEDIA_TYPE: () =>
      'Bu biçim okunamıyor: UTF-8 JSON gönderin (Content-Type: application/json).',
    UNAVAILABLE: () => 'Hizmet geçici olarak kullanılamıyor.',
    INTERNAL: () => 'Beklenmeyen bir hata oluştu.',
  },
  en: {
    VALIDATION_FAILED: () => 'The request has invalid fields.',
    UNAUTHENTICATED: () => 'You need to log in.',
    INVALID_CREDENTIALS: () => 'Wrong username or password.',
    FORBIDDEN: () => 'You are not allowed to do this.',
    NOT_FOUND: (p) => `${ENTITY.en[String(p.entity)] ?? 'Record'} not found.`,
    NOT_ELIGIBLE: (p) => `The citizen has no valid eligibility for "${p.serviceEn}" on ${p.date}.`,
    BOOKING_OUTSIDE_HORIZON: (p) => horizonEn(p),
    SERVICE_RULE_VIOLATED: (p) => ruleEn(p),
    IDEMPOTENCY_KEY_REUSED: () => 'This Idempotency-Key was used for a different request.',
    INVALID_TRANSITION: (p) => `Cannot "${p.action}" a booking that is "${p.from}".`,
    STANDING_ORDER_ENDED: () => 'This standing order has ended and cannot be changed.',
    OVERLAPPING_BOOKING: (p) =>
      `The citizen already has a ride at this time (${p.when}, ${p.serviceEn}). Give a reason to book anyway.`,
    REASSIGN_INFEASIBLE: (p) => `The ride cannot go to ${p.plate}: ${p.reasonEn}.`,
    CONFLICT: () => 'Someone else changed this record; try again.',
    CITIZEN_EXISTS: (p) =>
      `A citizen with this national ID is already registered (${p.name}); search for them and pick them instead of registering again.`,
    ERASURE_BLOCKED: (p) =>
      Number(p.underWay) > 0
        ? `The citizen has ${p.underWay} ride(s) under way; their data cannot be erased before the ride ends.`
        : `The citizen has ${p.open} ride(s) or standing order(s) not yet finished; they must be cancelled first (cancelFutureRides).`,
    BREAK_NOT_ALLOWED: (p) =>
      p.reason === 'passenger-aboard'
        ? 'A break cannot start with a passenger aboard or waiting at the stop.'
        : p.reason === 'no-break'
          ? 'This shift has no break.'
          : 'A break that has not started cannot end.',
    STOP_NOT_ACTIONABLE: (p) =>
      p.reason === 'too-early'
        ? `The waiting time at the door is not over: a no-show can be reported from ${p.time}.`
        : 'This stop is not on today’s work; only today’s stops can be marked.',
    SELF_BOOKING_SUSPENDED: (p) =>
      `You cannot request a ride here for now: until ${p.until} your rides are booked by the call centre. Please call ${p.phone}; we will book the ride for you.`,
    RATE_LIMITED: () => 'Too many requests; try again shortly.',
    LOGIN_LOCKED: (p) =>
      `Too many failed login attempts. Try again in ${waitEn(Number(p.retryAfterSeconds))}.`,
    OTP_INVALID: () => 'The code is wrong or has expired. You can ask for a new one.',
    OTP_LIMITED: (p) => `Too many tries. Try again in ${waitEn(Number(p.retryAfterSeconds))}.`,
    PAYLOAD_TOO_LARGE: (p) => `The request is too large (at most ${p.limit}).`,
    UNSUPPORTED_MEDIA_TYPE: () =>
      'This format cannot be read: send UTF-8 JSON (Content-Type: application/json).',
    UNAVAILABLE: () => 'The service is temporarily unavailable.',
    INTERNAL: () => 'An unexpected error occurred.',
  },
};

/** A wait in minutes (rounded up) or, under a minute, in seconds. */
function waitTr(seconds: number): string {
  return seconds >= 60 ? `${Math.ceil(seconds / 60)} dakika` : `${Math.max(1, seconds)} saniye`;
}

function waitEn(seconds: number): string {
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60);
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const s = Math.max(1, seconds);
  return `${s} second${s === 1 ? '' : 's'}`;
}

/** 2026-11-27 → 27.11.2026, as Turkish readers write a date. */
function dmy(date: string | number | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(date ?? ''));
  return m ? `${m[3]}.${m[2]}.${m[1]}` : String(date ?? '');
}

function horizonTr(p: Params): string {
  switch (p.reason) {
    case 'in-past':
      return 'İstenen zaman geçmişte.';
    case 'too-short-notice':
      return `Bu hizmet en az ${p.minNoticeMinutes} dakika önceden rezerve edilmelidir.`;
    case 'same-day-not-allowed':
      return 'Bu hizmet aynı gün için rezerve edilemez.';
    case 'day-closed':
      return `Bu hizmet ${dmy(p.date)} günü kapalı.`;
    case 'outside-day-hours':
      return `Bu hizmet ${dmy(p.date)} günü yalnızca ${p.opensAt}–${p.closesAt} saatleri arasında çalışıyor.`;
    default:
      return `Bu hizmet en fazla ${p.maxDaysAhead} gün sonrası için rezerve edilebilir.`;
  }
}

function horizonEn(p: Params): string {
  switch (p.reason) {
    case 'in-past':
      return 'The requested time is in the past.';
    case 'too-short-notice':
      return `This service must be booked at least ${p.minNoticeMinutes} minutes ahead.`;
    case 'same-day-not-allowed':
      return 'This service cannot be booked for the same day.';
    case 'day-closed':
      return `This service is closed on ${p.date}.`;
    case 'outside-day-hours':
      return `On ${p.date} this service runs only from ${p.opensAt} to ${p.closesAt}.`;
    default:
      return `This service can be booked at most ${p.maxDaysAhead} days ahead.`;
  }
}

function ruleTr(p: Params): string {
  switch (p.rule) {
    case 'max-companions':
      return `Bu hizmette en fazla ${p.max} refakatçi olabilir.`;
    case 'timing':
      return p.timing === 'arrive-by'
        ? 'Bu hizmet randevu saatine göre rezerve edilir: arriveBy gönderin.'
        : 'Bu hizmet alış saatine göre rezerve edilir: pickupAt gönderin.';
    case 'inactive':
      return 'Bu hizmet şu anda rezervasyona kapalı.';
    case 'infants-only-anne-taksi':
      return 'Bebek koltuğu gerektiren yolculuklar bu hizmette alınmıyor.';
    case 'asap':
      return 'Bu hizmette "en kısa sürede" alış yok: bir saat verin.';
    case 'return-trip':
      return 'Bu hizmette dönüş yolculuğu yok.';
    case 'return-of-return':
      return 'Bir dönüş yolculuğunun dönüşü olmaz.';
    default:
      return 'Hizmet kuralına uymuyor.';
  }
}

function ruleEn(p: Params): string {
  switch (p.rule) {
    case 'max-companions':
      return `This service allows at most ${p.max} companions.`;
    case 'timing':
      return p.timing === 'arrive-by'
        ? 'This service is booked by appointment time: send arriveBy.'
        : 'This service is booked by pickup time: send pickupAt.';
    case 'inactive':
      return 'This service is not taking bookings now.';
    case 'infants-only-anne-taksi':
      return 'Rides needing infant seats are not taken by this service.';
    case 'asap':
      return 'This service has no "as soon as possible" pickup: give a time.';
    case 'return-trip':
      return 'This service has no return trips.';
    case 'return-of-return':
      return 'A return trip has no return of its own.';
    default:
      return 'Breaks a rule of the service.';
  }
}

export function messageFor(code: ErrorCode, lang: Lang, params: Params = {}): string {
  return MESSAGES[lang][code](params);
}

/** Messages written into schemas as `i18n:<key>` are translated here. */
const SCHEMA_MESSAGES: Record<string, Record<Lang, string>> = {
  'national-id': {
    tr: 'Geçerli bir T.C. kimlik numarası değil.',
    en: 'Not a valid Turkish national ID number.',
  },
  phone: { tr: 'Geçerli bir telefon numarası değil.', en: 'Not a valid phone number.' },
  'place-or-point': {
    tr: 'placeId ya da lat, lng ve label gönderin.',
    en: 'Send placeId, or lat, lng and label.',
  },
  'unknown-place': { tr: 'Bu yer kayıtlı değil.', en: 'Unknown place.' },
  'local-time': { tr: 'Saat SS:dd biçiminde olmalı (ör. 08:30).', en: 'Use HH:mm (e.g. 08:30).' },
  'series-too-long': {
    tr: 'Düzenli yolculuk en fazla 6 ay sürebilir.',
    en: 'A standing order can run for at most 6 months.',
  },
  'starts-in-past': {
    tr: 'Başlangıç bugünden önce olamaz.',
    en: 'The start cannot be before today.',
  },
  'ends-in-past': { tr: 'Bitiş bugünden önce olamaz.', en: 'The end cannot be before today.' },
  'no-occurrences': {
    tr: 'Bu günlerde ve tarihlerde hiç yolculuk yok.',
    en: 'No ride falls on these weekdays between these dates.',
  },
  'nothing-to-change': { tr: 'Değiştirilecek bir alan gönderin.', en: 'Send a field to change.' },
  'date-order': { tr: 'Bitiş başlangıçtan sonra olmalı.', en: 'The end must be after the start.' },
  'one-time': {
    tr: 'pickupAt, asap ya da arriveBy alanlarından yalnız biri gönderilmeli.',
    en: 'Send exactly one of pickupAt, asap or arriveBy.',
  },
  'return-before-outbound': {
    tr: 'Dönüş, gidişten (randevudan) sonra olmalı.',
    en: 'The return must be after the outbound ride (the appointment).',
  },
  plate: {
    tr: 'Geçerli bir plaka değil (ör. 41 ABC 123).',
    en: 'Not a valid plate (e.g. 41 ABC 123).',
  },
  'licence-class': {
    tr: 'Geçerli bir ehliyet sınıfı değil (B, BE, C1, C1E, C, CE, D1, D1E, D).',
    en: 'Not a valid licence class (B, BE, C1, C1E, C, CE, D1, D1E, D).',
  },
  'suspension-until': {
    tr: 'Bitiş zamanı gelecekte ve en fazla 365 gün sonra olmalı.',
    en: 'The end must be in the future and at most 365 days ahead.',
  },
  'asap-needs-same-day': {
    tr: '"En kısa sürede" yolculuk için aynı gün rezervasyona izin verilmeli.',
    en: '"As soon as possible" rides need same-day booking allowed.',
  },
  'arrival-window-margin': {
    tr: 'Varış aralığı, varış payından uzun olmalı.',
    en: 'The arrival window must be longer than the arrival margin.',
  },
  'quiet-hours': {
    tr: 'SS:dd-SS:dd biçiminde yazın (ör. 22:00-08:00); boş bırakılırsa genel ayar geçerli.',
    en: 'Write it as HH:mm-HH:mm (e.g. 22:00-08:00); leave it empty for the general setting.',
  },
  'service-id': {
    tr: 'Küçük harf, rakam ve tire olmalı (ör. yasli-ulasim).',
    en: 'Use lower-case letters, digits and dashes (e.g. elderly-transport).',
  },
  'required-to-grant': {
    tr: 'Bu talepte yok: onaylarken girin.',
    en: 'The request has none: give it when granting.',
  },
  'closed-no-hours': {
    tr: 'Kapalı bir gün için saat girilmez.',
    en: 'A closed day has no hours.',
  },
  'hours-required': {
    tr: 'Açık bir gün için açılış ve kapanış saatini girin.',
    en: 'Give the opening and closing time of an open day.',
  },
  'hours-order': {
    tr: 'Kapanış saati açılıştan sonra olmalı.',
    en: 'The closing time must be after the opening time.',
  },
  'time-hhmm': { tr: 'Saat SS:DD biçiminde olmalı (ör. 07:30).', en: 'Use HH:mm (e.g. 07:30).' },
  'break-window': {
    tr: 'Molanın en erken ve en geç başlangıcını girin.',
    en: 'Give the earliest and latest start of the break.',
  },
  'service-area': {
    tr: 'Adres hizmet alanının dışında.',
    en: 'The address is outside the service area.',
  },
  // Door-address parts (street, building, floor, flat, directions) by their length limit.
  'address-20': { tr: 'En fazla 20 karakter yazın.', en: 'Write at most 20 characters.' },
  'address-120': { tr: 'En fazla 120 karakter yazın.', en: 'Write at most 120 characters.' },
  'address-500': { tr: 'En fazla 500 karakter yazın.', en: 'Write at most 500 characters.' },
  'push-endpoint': {
    tr: 'Bu adres tanınan bir bildirim servisinin değil.',
    en: 'This address is not a known push service.',
  },
  base64url: { tr: 'base64url biçiminde olmalı.', en: 'Must be base64url.' },
  'unknown-field': {
    tr: 'Bilinmeyen alan: bu isimde bir alan yok.',
    en: 'Unknown field: there is no field of this name.',
  },
  'nul-character': {
    tr: 'Metin NUL (\\u0000) karakteri içeremez.',
    en: 'Text cannot contain the NUL (\\u0000) character.',
  },
  'report-period': {
    tr: 'Bir dönem seçin: year (yıl), year ve month (ay) ya da from ve to (tarihler).',
    en: 'Choose a period: year, year and month, or from and to (dates).',
  },
  'report-period-one': {
    tr: 'Ya yıl (ve ay) ya da from–to tarihleri gönderin, ikisini birden değil.',
    en: 'Send a year (and month) or from–to dates, not both.',
  },
  'report-month-year': { tr: 'Ay, yılla birlikte gönderilmeli.', en: 'A month needs its year.' },
  'report-from-to': {
    tr: 'Özel dönem için from ve to tarihlerinin ikisi de gerekli.',
    en: 'A custom period needs both from and to.',
  },
  'report-date-order': {
    tr: 'Bitiş tarihi başlangıçtan önce olamaz.',
    en: 'The end date cannot be before the start date.',
  },
  'report-span': {
    tr: 'Bir rapor en fazla iki yılı kapsayabilir.',
    en: 'A report covers at most two years.',
  },
  'report-service': { tr: 'Böyle bir hizmet yok.', en: 'No such service.' },
  'not-json': { tr: 'Geçerli bir JSON değil.', en: 'Not valid JSON.' },
  'path-encoding': {
    tr: 'Adreste bozuk bir yüzde kodlaması (%..) var.',
    en: 'The path has a malformed percent-encoding (%..).',
  },
  'body-encoding': {
    tr: 'Gövde açılamadı (bozuk sıkıştırma ya da eksik gövde).',
    en: 'The body could not be read (corrupt compression or a cut-off body).',
  },
};

export function translateSchemaMessage(message: string, lang: Lang): string {
  if (!message.startsWith('i18n:')) return message;
  return SCHEMA_MESSAGES[message.slice(5)]?.[lang] ?? message;
}
