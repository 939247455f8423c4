/**
 * Small helpers that keep the catalog readable: article ids by name and constructors
 * for cited sentences, facts and dispute claims. Every quote is a verbatim
 * (whitespace-normalised) substring of its article; the builder checks that.
 */
import type { CitedSentence, Claim, Fact, Localized, SourceRef } from '../types';

/** The bundled source articles (assets/articles/articles.json). */
export const ARTICLE = {
  /** „Heilige Mission“ im Ukraine-Krieg … (Monday 2025-04-28). */
  kcna2025: '000_b20129a4c843e593',
  /** Hilfe im Ukraine-Krieg? Nordkorea schickt Militärmission nach Russland (Tuesday 2024-07-09). */
  mission2024: '001_31daf8f9abd0384c',
  /** Nordkorea im Ukraine-Krieg: USA bestätigen Stationierung … (2024, between June and December). */
  usConfirm: '002_d87d1dec9f2629ca',
  /** gnews.cz, the confirmation day (28 April 2025). */
  gnews: '003_7509f71a33401624',
  /** Nordkorea gesteht: Soldaten kämpfen erstmals für Russland … (2025, on or after 28 April). */
  confess: '004_f2846f6686cc43ba',
} as const;

const ref =
  (article: string) =>
  (quote: string): SourceRef => ({ article, quote });

/** Quote from article 000 (KCNA confirmation, 28 April 2025). */
export const a0 = ref(ARTICLE.kcna2025);
/** Quote from article 001 (instructors' delegation, 9 July 2024). */
export const a1 = ref(ARTICLE.mission2024);
/** Quote from article 002 (US confirmation, NIS figures; June–December 2024). */
export const a2 = ref(ARTICLE.usConfirm);
/** Quote from article 003 (gnews.cz, 28 April 2025). */
export const a3 = ref(ARTICLE.gnews);
/** Quote from article 004 („Nordkorea gesteht“). */
export const a4 = ref(ARTICLE.confess);

/** A summary sentence in German and English with the quotes it rests on. */
export const say = (de: string, en: string, ...sources: SourceRef[]): CitedSentence => ({ de, en, sources });

/** A key fact; `date` is ISO (YYYY, YYYY-MM or YYYY-MM-DD) or undefined. */
export const fact = (date: string | undefined, de: string, en: string, ...sources: SourceRef[]): Fact =>
  date === undefined ? { text: { de, en }, sources } : { text: { de, en }, date, sources };

/** One side of a dispute, attributed to whoever makes the claim (named in German and English). */
export const claim = (by: Localized, de: string, en: string, ...sources: SourceRef[]): Claim => ({
  by: by.de,
  byEn: by.en,
  text: { de, en },
  sources,
});
