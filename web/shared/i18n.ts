import { useSyncExternalStore } from 'react';
import { en } from './messages-en.js';
import { type MessageKey, tr } from './messages-tr.js';

export type Lang = 'tr' | 'en';
export type { MessageKey };

const STORAGE_KEY = 'yoldas.lang';
const catalogs: Record<Lang, Record<MessageKey, string>> = { tr, en };
const listeners = new Set<() => void>();

function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'tr' || saved === 'en') return saved;
  // Turkish first: only a browser that asks for English and not Turkish gets English.
  const asked = navigator.languages ?? [navigator.language];
  const firstKnown = asked.find((l) => l.startsWith('tr') || l.startsWith('en'));
  return firstKnown?.startsWith('en') ? 'en' : 'tr';
}

let current: Lang = initialLang();
document.documentElement.lang = current;

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  // Screen readers pick their voice from the lang attribute.
  document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

/** A message in the current language; `{name}` placeholders are filled from `params`. */
export function translate(
  key: MessageKey,
  params: Record<string, string | number> = {},
  lang: Lang = current,
): string {
  const template = catalogs[lang][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The current language and a translator bound to it; re-renders on a switch. */
export function useI18n(): {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
} {
  const lang = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  return { lang, setLang, t: (key, params) => translate(key, params, lang) };
}
