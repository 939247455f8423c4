/**
 * The keyboard shortcuts as the browser has them now (the reader may have changed them),
 * for the popup, the options and the first-run page; the manifest's defaults where the
 * browser cannot tell (Firefox for Android has no commands at all).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { COMMANDS } from '../background/commands';
import type { Translate } from './i18n';

export interface Shortcut {
  name: keyof typeof COMMANDS;
  /** Empty where the reader removed it. */
  key: string;
}

const DEFAULTS: Shortcut[] = Object.entries(COMMANDS).map(([name, { key }]) => ({
  name: name as Shortcut['name'],
  key,
}));

export function useShortcuts(): Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(browser.commands ? null : []);
  useEffect(() => {
    if (!browser.commands?.getAll) return;
    browser.commands
      .getAll()
      .then((all) =>
        setShortcuts(
          DEFAULTS.map((fallback) => ({
            name: fallback.name,
            key: all.find((c) => c.name === fallback.name)?.shortcut ?? '',
          })),
        ),
      )
      .catch(() => setShortcuts(DEFAULTS));
  }, []);
  return shortcuts;
}

const LABEL = { 'next-mention': 'shortcutNext', 'previous-mention': 'shortcutPrevious' } as const;

/** Where the reader changes them: Chrome's and Firefox's own settings pages. */
export function shortcutSettingsHint(t: Translate): string {
  const firefox = typeof navigator !== 'undefined' && /firefox/i.test(navigator.userAgent);
  return firefox ? t('shortcutsChangeFirefox') : t('shortcutsChangeChrome', { url: 'chrome://extensions/shortcuts' });
}

/** "Alt+Shift+K / J": two keys that differ only in their last part share the rest. */
export function pairLabel(next: string, previous: string): string {
  const a = next.split('+');
  const b = previous.split('+');
  const shared = a.length === b.length && a.slice(0, -1).join('+') === b.slice(0, -1).join('+');
  return shared ? `${next} / ${b.at(-1)}` : `${next} / ${previous}`;
}

export function ShortcutList({ t, compact = false }: { t: Translate; compact?: boolean }) {
  const shortcuts = useShortcuts();
  if (!shortcuts || shortcuts.length === 0) return null;
  const [next, previous] = shortcuts;
  // The popup has one line for it.
  if (compact && next?.key && previous?.key) {
    return (
      <p class="shortcuts compact">
        <kbd>{pairLabel(next.key, previous.key)}</kbd> {t('shortcutsPair')}
      </p>
    );
  }
  return (
    <ul class={compact ? 'shortcuts compact' : 'shortcuts'}>
      {shortcuts.map((shortcut) => (
        <li key={shortcut.name}>
          {shortcut.key ? <kbd>{shortcut.key}</kbd> : <span class="no-key">{t('shortcutNone')}</span>}{' '}
          {t(LABEL[shortcut.name])}
        </li>
      ))}
    </ul>
  );
}
