/** The compiled-once index a content script matches with, derived from the stored entries. */
import type { Article, Entry, Story } from '../dossier/types';
import { aliasSetFor } from '../matching';
import { PRECHECK_FORMAT, precheckKeys, type PrecheckData } from '../matching/precheck';
import type { MatchIndex } from '../messaging/protocol';
import { storyProfile } from '../relevance/page-relevance';

/** The bundled dossier's story where an older dossier names none. */
export const FALLBACK_STORY: Story = { id: 'bundled', name: { de: 'Dossier', en: 'Dossier' } };

/** One story today: the bundled dossier's, with the reader's own entries in it. */
export function buildMatchIndex(
  entries: readonly Entry[],
  articles: readonly Article[],
  version: string,
  story: Story = FALLBACK_STORY,
): MatchIndex {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    version,
    aliasSets: sorted.map((entry) => aliasSetFor(entry)),
    kinds: Object.fromEntries(sorted.map((entry) => [entry.id, entry.kind])),
    names: Object.fromEntries(sorted.map((entry) => [entry.id, entry.name])),
    stories: [storyProfile(story, sorted)],
    articles: Object.fromEntries(
      articles.map(({ id, title, outlet, date }) => [
        id,
        { title, ...(outlet ? { outlet } : {}), ...(date ? { date } : {}) },
      ]),
    ),
  };
}

/** What every page's pre-check reads (storage.local): the first units of each alias key. */
export function precheckData(index: MatchIndex): PrecheckData {
  // Marked on any page: a story entry of some story, or an entry of none (isMarked's rule).
  const isStory = (entry: string) =>
    index.stories.some((story) => story.tiers[entry] === 'story') ||
    index.stories.every((story) => story.tiers[entry] === undefined);
  return { format: PRECHECK_FORMAT, version: index.version, ...precheckKeys(index.aliasSets, isStory) };
}
