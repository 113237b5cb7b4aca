import { useI18n } from '../shared/i18n.js';

/** The words of the reset-code screen, Turkish first; kept beside it (the shared catalogs are for the staff pages). */
const tr = {
  open: 'Parolamı sıfırla: kodum var',
  back: 'Girişe dön',
  title: 'Yeni parola belirleyin',
  intro: 'Yöneticinizin verdiği tek kullanımlık kodla yeni parolanızı siz belirlersiniz.',
  username: 'Kullanıcı adı',
  code: 'Sıfırlama kodu',
  codeHint: 'Yöneticinizin verdiği kod; 24 saat geçerli, bir kez kullanılır.',
  password: 'Yeni parola',
  passwordHint: 'En az 10 karakter. Birkaç kelimelik bir cümle iyi bir paroladır.',
  again: 'Yeni parola (tekrar)',
  submit: 'Parolamı değiştir',
  required: 'Bu alanı doldurun.',
  tooShort: 'Parola en az 10 karakter olmalı.',
  tooLong: 'Parola en fazla 200 karakter olabilir.',
  mismatch: 'İki parola aynı değil.',
  badCode: 'Kod yanlış, kullanılmış ya da süresi geçmiş. Yöneticinizden yeni bir kod isteyin.',
  summary: 'Formda düzeltilecek {count} alan var.',
  done: 'Parolanız değişti. Şimdi yeni parolanızla giriş yapabilirsiniz.',
  network: 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
} as const;

export type ResetKey = keyof typeof tr;

const en: Record<ResetKey, string> = {
  open: 'I have a reset code',
  back: 'Back to log in',
  title: 'Set a new password',
  intro: 'With the one-time code your administrator gave you, you choose your own new password.',
  username: 'Username',
  code: 'Reset code',
  codeHint: 'The code from your administrator: valid for 24 hours, used once.',
  password: 'New password',
  passwordHint: 'At least 10 characters. A sentence of a few words makes a good password.',
  again: 'New password (again)',
  submit: 'Change my password',
  required: 'Please fill in this field.',
  tooShort: 'The password must be at least 10 characters.',
  tooLong: 'The password can be at most 200 characters.',
  mismatch: 'The two passwords are not the same.',
  badCode: 'The code is wrong, used or expired. Ask your administrator for a new one.',
  summary: '{count} fields in the form need fixing.',
  done: 'Your password is changed. You can now log in with it.',
  network: 'The server cannot be reached. Check your connection and try again.',
};

export function useResetText() {
  const { lang } = useI18n();
  const catalog = lang === 'en' ? en : tr;
  return (key: ResetKey, params: Record<string, string | number> = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (_, n: string) => String(params[n] ?? `{${n}}`));
}
