/**
 * UI text in German and English. Our own table rather than `browser.i18n` because
 * the reader can choose the UI language, which browser.i18n cannot switch at run time.
 */
import type { EntryKind, Lang, Localized } from '../dossier/types';

const de = {
  appName: 'Kontext',
  kind_person: 'Person',
  kind_place: 'Ort',
  kind_organisation: 'Organisation',
  kind_document: 'Dokument',
  kind_event: 'Ereignis',
  kind_group: 'Einheit',
  kind_concept: 'Begriff',
  cardClose: 'Schließen',
  cardLabel: 'Kontext zu {name}',
  cardFacts: 'Fakten',
  cardSource: 'Quelle: {source}',
  cardQuoteFrom: 'Zitat aus „{title}“',
  cardDisputed: 'Umstritten',
  cardRelated: 'Siehe auch',
  cardOnPage: '{count}× auf dieser Seite',
  cardOpenDossier: 'Im Dossier öffnen',
  popupFound: '{count} Einträge auf dieser Seite',
  popupFoundOne: '1 Eintrag auf dieser Seite',
  popupNone: 'Auf dieser Seite wurde nichts aus dem Dossier gefunden.',
  popupUnavailable: 'Kontext kann auf dieser Seite nicht laufen.',
  popupLoading: 'Seite wird gelesen …',
  popupPaused: 'Kontext ist pausiert.',
  mentionsCount: '{count}× erwähnt',
  optionsTitle: 'Kontext – Einstellungen',
  optionsActive: 'Namen auf Seiten markieren',
  optionsActiveHint: 'Aus: Kontext pausiert überall, markiert nichts und zeigt keine Karten.',
  optionsAppearance: 'Darstellung',
  optionsHighlightStyle: 'Markierung',
  styleUnderline: 'Unterstrichen',
  styleBackground: 'Hinterlegt',
  styleNone: 'Unsichtbar (Karte nur beim Zeigen)',
  optionsMarkMode: 'Welche Erwähnungen',
  markAll: 'Alle Erwähnungen',
  markFirst: 'Nur die erste je Eintrag',
  optionsHoverDelay: 'Verzögerung bis zur Karte',
  optionsHoverDelayValue: '{ms} ms',
  optionsKinds: 'Markierte Arten',
  optionsSites: 'Websites',
  siteModeDeny: 'Überall, außer auf diesen Websites',
  siteModeAllow: 'Nur auf diesen Websites',
  optionsSitesHint: 'Eine Adresse je Zeile, z. B. example.com (mit Subdomains), *.example.com oder example.com/politik.',
  optionsLanguage: 'Sprache der Oberfläche',
  languageAuto: 'Wie der Browser',
  optionsSaved: 'Gespeichert',
  openOptions: 'Einstellungen',
} as const;

export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
  appName: 'Kontext',
  kind_person: 'Person',
  kind_place: 'Place',
  kind_organisation: 'Organisation',
  kind_document: 'Document',
  kind_event: 'Event',
  kind_group: 'Unit',
  kind_concept: 'Concept',
  cardClose: 'Close',
  cardLabel: 'Context for {name}',
  cardFacts: 'Facts',
  cardSource: 'Source: {source}',
  cardQuoteFrom: 'Quote from “{title}”',
  cardDisputed: 'Disputed',
  cardRelated: 'Related',
  cardOnPage: '{count}× on this page',
  cardOpenDossier: 'Open in dossier',
  popupFound: '{count} entries on this page',
  popupFoundOne: '1 entry on this page',
  popupNone: 'Nothing from the dossier was found on this page.',
  popupUnavailable: 'Kontext cannot run on this page.',
  popupLoading: 'Reading the page …',
  popupPaused: 'Kontext is paused.',
  mentionsCount: 'mentioned {count}×',
  optionsTitle: 'Kontext – Settings',
  optionsActive: 'Mark names on pages',
  optionsActiveHint: 'Off: Kontext pauses everywhere, marks nothing and shows no cards.',
  optionsAppearance: 'Appearance',
  optionsHighlightStyle: 'Marking',
  styleUnderline: 'Underlined',
  styleBackground: 'Tinted',
  styleNone: 'Invisible (card on hover only)',
  optionsMarkMode: 'Which mentions',
  markAll: 'Every mention',
  markFirst: 'Only the first per entry',
  optionsHoverDelay: 'Delay before the card',
  optionsHoverDelayValue: '{ms} ms',
  optionsKinds: 'Kinds to mark',
  optionsSites: 'Websites',
  siteModeDeny: 'Everywhere except these websites',
  siteModeAllow: 'Only on these websites',
  optionsSitesHint: 'One address per line, e.g. example.com (with subdomains), *.example.com or example.com/politics.',
  optionsLanguage: 'Interface language',
  languageAuto: 'Same as the browser',
  optionsSaved: 'Saved',
  openOptions: 'Settings',
};

const tables: Record<Lang, Record<MessageKey, string>> = { de, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const table = tables[lang];
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));
}

export function kindLabel(t: Translate, kind: EntryKind): string {
  return t(`kind_${kind}`);
}

/** The UI language for a browser language tag: German for any `de-*`, else English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function localized(text: Localized, lang: Lang): string {
  return text[lang] || text.de || text.en;
}
