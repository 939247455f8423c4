/**
 * UI text in German and English. Our own table rather than `browser.i18n` because
 * the reader can choose the UI language, which browser.i18n cannot switch at run time.
 * Each surface keeps its own table in `messages/`; adding one means listing it below.
 */
import type { Claim, EntryKind, Lang, Localized } from '../dossier/types';
import { LOCALES } from './format';
import { cardMessages } from './messages/card';
import { commonMessages } from './messages/common';
import { dossierMessages } from './messages/dossier';
import { errorMessages, filePlaceMessages, valueTypeMessages } from './messages/errors';
import { optionsMessages } from './messages/options';
import { popupMessages } from './messages/popup';
import { proposalMessages } from './messages/proposals';
import { welcomeMessages } from './messages/welcome';

/** Every surface's table; a key in two of them would be a silent override (a test checks). */
export const surfaces = [
  commonMessages,
  cardMessages,
  popupMessages,
  optionsMessages,
  dossierMessages,
  proposalMessages,
  welcomeMessages,
  errorMessages,
  valueTypeMessages,
  filePlaceMessages,
] as const;

/** Every key of every surface (distributed over the tables: keyof of a union would keep only shared keys). */
type KeysOf<T> = T extends { de: infer Table } ? keyof Table : never;
export type MessageKey = KeysOf<(typeof surfaces)[number]>;

const tables: Record<Lang, Record<MessageKey, string>> = {
  de: Object.assign({}, ...surfaces.map((surface) => surface.de)),
  en: Object.assign({}, ...surfaces.map((surface) => surface.en)),
};

type Params = Record<string, string | number>;

export interface Translate {
  (key: MessageKey, params?: Params): string;
  /**
   * A message with a count, in the form the language's plural rules ask for: the key
   * `<key>_one` where the count is singular and that variant exists, else `<key>` itself
   * (the other form). `{count}` is filled in with the count.
   */
  plural(key: MessageKey, count: number, params?: Params): string;
}

const translators = new Map<Lang, Translate>();

/** The translator for a language; one per language, so it is stable for effects and memos. */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = makeTranslator(lang)));
  return t;
}

function makeTranslator(lang: Lang): Translate {
  const table = tables[lang] as Record<string, string>;
  const rules = new Intl.PluralRules(LOCALES[lang]);
  const fill = (text: string, params?: Params) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));
  const t = ((key: MessageKey, params?: Params) => fill(table[key]!, params)) as Translate;
  t.plural = (key, count, params) => {
    const variant = `${key}_${rules.select(count)}`;
    return fill(table[variant] ?? table[key]!, { count, ...params });
  };
  return t;
}

export function kindLabel(t: Translate, kind: EntryKind): string {
  return t(`kind_${kind}`);
}

// In their own module, so a script that needs only the language leaves the texts out.
export { langFromLocale, langOf } from './lang';

export function localized(text: Localized, lang: Lang): string {
  return text[lang] || text.de || text.en;
}

/** Who makes a dispute claim, in the UI language; dossiers from before `byEn` existed show the German. */
export function claimSpeaker(claim: Pick<Claim, 'by' | 'byEn'>, lang: Lang): string {
  return lang === 'en' && claim.byEn ? claim.byEn : claim.by;
}
