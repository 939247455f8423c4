/** Formatting shared by the card, popup and dossier page. */
import { parseIsoDate } from '../dossier/iso-date';
import type { Lang, Localized } from '../dossier/types';

/** The locale each UI language formats dates and picks plural forms in. */
export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/** An ISO date as precise as it is: `2025-04-28`, `2025-04` or `2025`. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) return iso;
  const { year, month, day } = parsed;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

/** A title cut at a word boundary, for chips. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** A text that opens with its own quotation ("„Wir prüfen das“, sagte Peskow.") gets no second pair. */
const OPENS_WITH_QUOTE = /^[„“”"»«‚‘']/;

/** Words quoted as the language quotes: „…“ in German, “…” in English; never „„…. */
export function quoted(text: string, lang: Lang): string {
  if (OPENS_WITH_QUOTE.test(text)) return text;
  return lang === 'de' ? `„${text}“` : `“${text}”`;
}

/** A timeline event's text as shown: one read from the reader's article is its sentence, quoted. */
export function eventText(event: { text: Localized; fromReader?: boolean }, lang: Lang): string {
  const text = event.text[lang] || event.text.de || event.text.en;
  return event.fromReader ? quoted(text, lang) : text;
}

/** Words of a title for a source chip: whole words up to about this many characters. */
const CHIP_TITLE_CHARS = 36;

/** The title's first words, whole, never cut inside a word. */
export function titleWords(title: string, max = CHIP_TITLE_CHARS): string {
  const words = title.replace(/\s+/g, ' ').trim().split(' ');
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (out && next.length > max) return `${out.replace(/[,;:–-]+$/, '')} …`;
    out = next;
  }
  return out;
}

/**
 * A source as readers name it, on every chip (card, popup, dossier page): outlet and
 * date where known, else the title's first whole words and the date.
 */
export function sourceLabel(
  article: { title: string; outlet?: string; date?: string } | undefined,
  lang: Lang,
): string {
  if (!article) return '?';
  const who = article.outlet ?? titleWords(article.title);
  return article.date ? `${who} · ${formatIsoDate(article.date, lang)}` : who;
}
