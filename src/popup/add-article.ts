/**
 * The popup's "add this article", the pure part: the extractor's answer checked field by
 * field (it comes from a page), the dossier language for the page's, and a preview.
 */
import * as v from 'valibot';
import type { Extraction } from '../article/extract';
import { segmentSentences } from '../dossier/build/segment';
import type { Lang, Localized } from '../dossier/types';
import { MAX_ARTICLE_CHARS } from '../limits';
import { routeHash } from '../dossier-page/route';
import { OWN_STORY_PREFIX } from '../storage/reader-rules';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const metadata = v.object({
  title: v.optional(text(2_000)),
  outlet: v.optional(text(500)),
  author: v.optional(text(500)),
  date: v.optional(text(20)),
  language: v.optional(text(10)),
  url: v.optional(text(2_000)),
  basis: v.record(v.string(), text(500)),
});
const extraction = v.variant('kind', [
  v.object({ kind: v.literal('article'), text: text(MAX_ARTICLE_CHARS), metadata }),
  v.object({ kind: v.literal('not-article'), selection: text(MAX_ARTICLE_CHARS), metadata }),
]);

/** The extractor's result, or null when it is not what the extractor sends. */
export function readExtraction(value: unknown): Extraction | null {
  const parsed = v.safeParse(extraction, value);
  return parsed.success ? (parsed.output as Extraction) : null;
}

/** The dossier knows German and English articles: the page's language where it is one, else the reader's. */
export function languageForDossier(pageLanguage: string | undefined, uiLang: Lang): Lang {
  return pageLanguage === 'de' || pageLanguage === 'en' ? pageLanguage : uiLang;
}

/** The first sentences of a text, up to about `maxChars`, for the reader to recognise the article. */
export function firstSentences(body: string, maxChars = 220): string {
  const out: string[] = [];
  let length = 0;
  for (const sentence of segmentSentences(body.slice(0, 4 * maxChars))) {
    const s = sentence.text.trim();
    if (!s) continue;
    if (out.length > 0 && length + s.length > maxChars) break;
    out.push(s);
    length += s.length + 1;
  }
  const joined = out.join(' ');
  return joined.length > maxChars ? `${joined.slice(0, maxChars - 1).trimEnd()}…` : joined;
}

/** The story choice's value for "a new story". */
export const NEW_STORY = '+new';

/**
 * The story an article goes to, preselected: the story the page is most about, else the
 * first one offered (the dossier's own story comes first). Empty when there is none to offer.
 */
export function preselectStory(stories: readonly { id: string; about: boolean; score: number }[]): string {
  const about = stories.filter((s) => s.about).sort((a, b) => b.score - a.score)[0];
  return about?.id ?? stories[0]?.id ?? '';
}

/**
 * The story the form shows: the reader's own choice once they made one, else the preselection,
 * which follows the page's decision even when it comes after the form.
 */
export function shownStory(
  readerChoice: string | undefined,
  stories: readonly { id: string; about: boolean; score: number }[],
): string {
  return readerChoice ?? preselectStory(stories);
}

/** What the add change says about the story: an existing one, a new one by name, or none (the first story). */
export function storyChoice(
  choice: string,
  newName: string,
  lang: Lang,
): { story?: string; newStory?: Partial<Localized> } {
  if (choice === NEW_STORY) return { newStory: { [lang]: newName } };
  return choice ? { story: choice } : {};
}

/**
 * Where the dossier page shows a story's proposed entries: the story's own page, or for the first
 * story (the dossier's own) "your additions".
 */
export function proposalsHash(storyId: string): string {
  return routeHash(storyId.startsWith(OWN_STORY_PREFIX) ? { view: 'story', story: storyId } : { view: 'mine' });
}
