/**
 * An acronym that stands mostly as the first piece of longer names ("COP26", "EH 40", "EH/EG55",
 * "BSV Stans", "BSV Bern") names a series or a prefix, not an entry of its own.
 */
import { isAcronym } from './tokens';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `acronym` is bound to what follows it in most of its occurrences in the texts. */
export function isAcronymFragment(acronym: string, texts: readonly string[], lang: 'de' | 'en'): boolean {
  if (!isAcronym(acronym)) return false;
  const all = new RegExp(`(?<![\\p{L}\\p{N}])${escape(acronym)}(?!\\p{L})`, 'gu');
  // A number or a slash after it; in German also a capitalised name after it ("BSV Bern"; English
  // capitalises "US Senate" as a phrase, so there only numbers count). Hyphenated compounds
  // ("CDU-Politiker", "COP-Präsidentschaft") are the acronym's own use.
  const bound = lang === 'de' ? /^(?:\s?\p{N}|\/\p{Lu}|\s\p{Lu}\p{Ll})/u : /^(?:\s?\p{N}|\/\p{Lu})/u;
  let total = 0;
  let boundCount = 0;
  for (const text of texts) {
    for (const m of text.matchAll(all)) {
      total++;
      if (bound.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) boundCount++;
    }
  }
  return total > 0 && boundCount / total >= 0.6;
}
