/**
 * The popup's "why": a sentence that says which names of the story the page has and
 * where, from the content script's verdict. Pure: text from the message tables only.
 */
import type { Lang } from '../dossier/types';
import type { StoryVerdict } from '../messaging/protocol';
import type { Place } from '../relevance/page-relevance';
import { localized, type Translate } from '../ui/i18n';

const IN_TEXT: ReadonlySet<Place> = new Set(['title', 'headline', 'lead', 'body']);
/** Names listed at most: the sentence must stay a sentence. */
const MAX_NAMES = 3;

export function whyText(verdict: StoryVerdict, lang: Lang, t: Translate): string {
  const story = verdict.evidence.filter((e) => e.tier === 'story');
  const named = (list: typeof story) =>
    list
      .slice(0, MAX_NAMES)
      .map((e) => `${localized(e.name, lang)} (${t(`place_${e.place}`)})`)
      .join(', ');
  if (verdict.about) return t('popupWhyAbout', { names: named(story) });
  const inText = story.filter((e) => IN_TEXT.has(e.place));
  return inText.length === 0 ? t('popupWhyNone') : t('popupWhyNot', { names: named(inText) });
}
