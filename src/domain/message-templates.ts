/**
 * The texts of citizens' messages: what can be said (the events), the slots
 * a text may use, and how a text is filled and measured. Pure, shared by the
 * server (sending, validating an administrator's text) and the admin page
 * (its preview).
 */

/** What a citizen is told about, once per ride and version. */
export const NOTIFICATION_EVENTS = [
  'confirmed',
  'changed',
  'cancelled',
  'refused',
  'remind-day-before',
  'remind-soon',
  'on-the-way',
  'arrived',
  /** The no-show and late-cancel policy warned the citizen (once per warning). */
  'no-show-warning',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const MESSAGE_LANGUAGES = ['tr', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** The slots a text may use; any other `{name}` is refused when the text is saved. */
export const PLACEHOLDERS = [
  'window',
  'date',
  'pickup',
  'plate',
  'driver',
  'eta',
  'service',
  'alternative',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

/** The longest text an administrator may save: three SMS parts in Turkish characters. */
export const MAX_TEMPLATE_LENGTH = 480;

const SLOT = /\{([^{}]*)\}/g;

/** The `{names}` a text uses that are not slots, each once, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  const unknown: string[] = [];
  for (const [, name] of text.matchAll(SLOT))
    if (name !== undefined && !known.has(name) && !unknown.includes(name)) unknown.push(name);
  return unknown;
}

/** Fills every slot; an unknown one (never saved, but a default may not know it) is left as it is. */
export function fillTemplate(text: string, values: Partial<PlaceholderValues>): string {
  return text.replace(SLOT, (whole, name: string) =>
    name in values ? (values[name as Placeholder] ?? '') : whole,
  );
}

// The GSM 03.38 basic set: a text of only these is sent 160 characters a part; any other
// (ı, ş, ğ, İ…) makes the whole message UCS-2, 70 characters a part.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€';

/** How many SMS parts a text takes (what the provider bills), and in which encoding. */
export function smsParts(text: string): {
  parts: number;
  encoding: 'gsm' | 'ucs2';
  length: number;
} {
  const chars = [...text];
  const gsm = chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));
  if (gsm) {
    const length = chars.reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0);
    return { parts: length <= 160 ? 1 : Math.ceil(length / 153), encoding: 'gsm', length };
  }
  const length = chars.length;
  return { parts: length <= 70 ? 1 : Math.ceil(length / 67), encoding: 'ucs2', length };
}

/**
 * The built-in texts, used when a service has no text of its own for an
 * event and language. Short, plain sentences: most riders read them on a
 * basic phone.
 */
export const DEFAULT_TEMPLATES: Record<MessageLanguage, Record<NotificationEvent, string>> = {
  tr: {
    confirmed:
      'Yoldaş: Yolculuğunuz onaylandı. Araç sizi {window} arasında {pickup} adresinden alacak. Araç: {plate}.',
    changed: 'Yoldaş: Yolculuğunuz değişti. Yeni alınma aralığı: {window}. Araç: {plate}.',
    cancelled: 'Yoldaş: {date} yolculuğunuz iptal edildi.',
    refused:
      'Yoldaş: {date} için araç bulunamadı. İlk boş saat: {alternative}. Çağrı merkezini arayın ya da yeniden isteyin.',
    'remind-day-before':
      'Yoldaş hatırlatma: Yarın {window} arasında alınacaksınız ({pickup}). Araç: {plate}.',
    'remind-soon':
      'Yoldaş: Aracınız {window} arasında kapınızda olacak. Araç: {plate}. Lütfen hazır olun.',
    'on-the-way':
      'Yoldaş: Aracınız yola çıktı. Tahmini varış {eta}. Araç: {plate}, sürücü {driver}.',
    arrived: 'Yoldaş: Aracınız kapınızda. Araç: {plate}, sürücü {driver}.',
    'no-show-warning':
      'Yoldaş: {service} yolculuklarınızın birkaçına gelmediniz ya da son anda iptal ettiniz. Gidemeyecekseniz lütfen erken iptal edin. Böyle sürerse kendiniz yolculuk isteyemeyebilirsiniz.',
  },
  en: {
    confirmed:
      'Yoldaş: Your ride is confirmed. The car will pick you up at {pickup} between {window}. Car: {plate}.',
    changed: 'Yoldaş: Your ride has changed. New pickup time: {window}. Car: {plate}.',
    cancelled: 'Yoldaş: Your ride on {date} is cancelled.',
    refused:
      'Yoldaş: No car is free for {date}. First free time: {alternative}. Call us or ask again.',
    'remind-day-before':
      'Yoldaş reminder: Tomorrow you will be picked up between {window} ({pickup}). Car: {plate}.',
    'remind-soon':
      'Yoldaş: Your car will be at your door between {window}. Car: {plate}. Please be ready.',
    'on-the-way':
      'Yoldaş: Your car is on the way. It should arrive at {eta}. Car: {plate}, driver {driver}.',
    arrived: 'Yoldaş: Your car is at your door. Car: {plate}, driver {driver}.',
    'no-show-warning':
      'Yoldaş: You missed several {service} rides or cancelled them at the last minute. If you cannot go, please cancel early. If this goes on, you may no longer book rides yourself.',
  },
};

/** Example values for a preview, as a real message would show them. */
export const SAMPLE_VALUES: Record<MessageLanguage, PlaceholderValues> = {
  tr: {
    window: '27 Kasım 10:00–10:20',
    date: '27 Kasım 10:00',
    pickup: 'Seka Devlet Hastanesi',
    plate: '41 AT 101',
    driver: 'Mehmet',
    eta: '10:12',
    service: 'Anne Taksi',
    alternative: '27 Kasım 11:30',
  },
  en: {
    window: '27 November 10:00–10:20',
    date: '27 November 10:00',
    pickup: 'Seka Devlet Hastanesi',
    plate: '41 AT 101',
    driver: 'Mehmet',
    eta: '10:12',
    service: 'Anne Taksi',
    alternative: '27 November 11:30',
  },
};
