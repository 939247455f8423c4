/**
 * The reader's UI language, without the message tables (i18n.ts): the page script needs
 * the language for a card's default, not the texts, which come with the card script.
 */
import type { Lang } from '../dossier/types';
import type { Settings } from '../settings/settings';

/** The UI language the reader chose: `auto` follows the browser's language. */
export function langOf(settings: Pick<Settings, 'uiLanguage'>): Lang {
  return settings.uiLanguage === 'auto' ? langFromLocale(navigator.language) : settings.uiLanguage;
}

/** The UI language for a browser language tag: German for any `de-*`, else English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
