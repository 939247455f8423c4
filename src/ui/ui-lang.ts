/**
 * The UI language of an extension page: the reader's setting (auto = the browser's),
 * applied as it changes, so every open page switches language at once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../dossier/types';
import { resolveSettings, type Settings } from '../settings/settings';
import { loadSettings, followSettings } from '../settings/store';
import { langOf } from './i18n';

/** Read before the first paint, so a page never flips language as it opens. */
export async function initialSettings(): Promise<Settings> {
  return loadSettings().catch(() => resolveSettings(undefined));
}

export function useSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);
  useEffect(() => followSettings(setSettings), []);
  return settings;
}

export function useUiLang(initial: Settings): Lang {
  const lang = langOf(useSettings(initial));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}
