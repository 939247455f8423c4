/**
 * The language a page is written in, for the card's "like the page" setting: the
 * page's own `<html lang>` where it names German or English, else a guess from its
 * text by counting German and English function words. Pure: the page controller
 * hands in the attribute and a sample of the text.
 */
import type { Lang } from '../dossier/types';

const GERMAN = new Set(
  'der die das und ist nicht ein eine einen dem den des mit auf für von sich auch wurde werden sind zu im bei nach wie aus über hat dass oder noch'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and is not a an of to in on for with that this was were are be by from has have it its as at or which but'.split(
    ' ',
  ),
);

/** German or English by function words; undefined when the text has too few to tell. */
export function guessLanguage(text: string): Lang | undefined {
  let german = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(word)) german++;
    if (ENGLISH.has(word)) english++;
  }
  if (german + english < 5) return undefined;
  if (german >= english * 1.5) return 'de';
  if (english >= german * 1.5) return 'en';
  return undefined;
}

/** `<html lang>` first (`de-AT` → de, `en` → en); a page without one, or in another language, by its text. */
export function pageLanguage(htmlLang: string | null | undefined, sampleText: string): Lang | undefined {
  const tag = (htmlLang ?? '').trim().toLowerCase();
  if (/^de\b/.test(tag)) return 'de';
  if (/^en\b/.test(tag)) return 'en';
  return guessLanguage(sampleText);
}
