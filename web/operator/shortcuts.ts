import type { MessageKey } from '../shared/i18n.js';

/**
 * The console's keyboard shortcuts, one list for the handlers and the "?"
 * help. Alt + a letter works while typing, since Alt + a letter types nothing
 * on a Turkish or English keyboard; letters the browser keeps for its menus
 * (Alt+F, Alt+E, Alt+D) and Alt + digits (tabs on Linux) are avoided. The
 * mnemonics are Turkish: Vatandaş, Hizmet, Alış, vaRış, Zaman, Günün tablosu.
 */
export const SHORTCUTS = {
  newCall: { keys: 'alt+n', label: 'Alt + N', help: 'key.new' },
  citizen: { keys: 'alt+v', label: 'Alt + V', help: 'key.citizen' },
  service: { keys: 'alt+h', label: 'Alt + H', help: 'key.service' },
  from: { keys: 'alt+a', label: 'Alt + A', help: 'key.from' },
  to: { keys: 'alt+r', label: 'Alt + R', help: 'key.to' },
  when: { keys: 'alt+z', label: 'Alt + Z', help: 'key.when' },
  book: { keys: 'alt+enter', label: 'Alt + Enter / Ctrl + Enter', help: 'key.book' },
  board: { keys: 'alt+g', label: 'Alt + G', help: 'key.board' },
  help: { keys: '?', label: '?', help: 'key.help' },
  close: { keys: 'escape', label: 'Esc', help: 'key.close' },
} as const satisfies Record<string, { keys: string; label: string; help: MessageKey }>;

export type ShortcutName = keyof typeof SHORTCUTS;

/** Whether a key press lands where the user types text (a "?" there is a question mark). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    (target.tagName === 'INPUT' &&
      !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type))
  );
}
