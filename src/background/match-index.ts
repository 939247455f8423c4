/** The compiled-once index a content script matches with, derived from the stored entries. */
import type { Article, Entry, Story } from '../dossier/types';
import { aliasSetFor, packTrie } from '../matching';
import { PRECHECK_FORMAT, precheckKeys, startsPattern, type PrecheckData } from '../matching/precheck';
import type { MatchIndex } from '../messaging/protocol';
import { storyProfile } from '../relevance/page-relevance';

/** The bundled dossier's story where an older dossier names none. */
export const FALLBACK_STORY: Story = { id: 'bundled', name: { de: 'Dossier', en: 'Dossier' } };

/**
 * The stories a page is judged against, each with its entries (by default one story of all
 * the entries). An entry of several stories is one alias set, listed in each story's profile:
 * one mark on the page, whose card names those stories.
 */
export function buildMatchIndex(
  entries: readonly Entry[],
  articles: readonly Article[],
  version: string,
  stories: readonly { story: Story; entries: readonly Entry[] }[] = [{ story: FALLBACK_STORY, entries }],
): MatchIndex {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const aliasSets = sorted.map((entry) => aliasSetFor(entry));
  return {
    version,
    aliasSets,
    // Compiled here once per dossier version: every page would otherwise build it cold.
    trie: packTrie(aliasSets),
    kinds: Object.fromEntries(sorted.map((entry) => [entry.id, entry.kind])),
    names: Object.fromEntries(sorted.map((entry) => [entry.id, entry.name])),
    stories: stories.map(({ story, entries: own }) => storyProfile(story, own)),
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
  const keys = precheckKeys(index.aliasSets, isStory);
  return { format: PRECHECK_FORMAT, version: index.version, ...keys, starts: startsPattern(keys) };
}
