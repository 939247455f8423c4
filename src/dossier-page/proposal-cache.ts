/**
 * The proposer's answer per story, kept in storage.local so a visit to the dossier page (or an edit
 * that leaves the story's articles as they are) shows the proposals without computing them again.
 * An answer is valid for one state of the story's articles read by one build of the proposer; the
 * reader's rejections and entries are applied to it afterwards, so they never invalidate it.
 */
import { storage } from '#imports';
import { forgetStory } from './per-story-item';
import type { Proposal } from '../dossier/propose/types';

/** Stories whose answers are kept: the most recently computed; an older one is simply computed again. */
export const CACHED_STORIES = 8;

export interface CachedProposals {
  /** `proposalRunKey` of the articles and proposer the answer is for. */
  key: string;
  proposals: Proposal[];
  /** When it was computed (ms): the oldest goes first when the cache is full. */
  at: number;
}

type CacheRecord = Record<string, CachedProposals>;

const cacheItem = storage.defineItem<CacheRecord>('local:proposalCache', { fallback: {} });

/** The story's proposals if they were computed for exactly this key. */
export async function cachedProposals(storyId: string, key: string): Promise<Proposal[] | null> {
  const hit = (await cacheItem.getValue())[storyId];
  return hit?.key === key ? hit.proposals : null;
}

export async function cacheProposals(
  storyId: string,
  key: string,
  proposals: Proposal[],
  now = Date.now(),
): Promise<void> {
  await cacheItem.setValue(withCached(await cacheItem.getValue(), storyId, { key, proposals, at: now }));
}

/** Drops one story's answer (the story was deleted), or all (the reader dropped their own data). */
export async function forgetCachedProposals(storyId?: string): Promise<void> {
  await forgetStory(cacheItem, storyId);
}

/** The record with the story's new answer, keeping the `CACHED_STORIES` most recent. */
export function withCached(all: CacheRecord, storyId: string, entry: CachedProposals): CacheRecord {
  const others = Object.entries(all)
    .filter(([id]) => id !== storyId)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, CACHED_STORIES - 1);
  return Object.fromEntries([...others, [storyId, entry]]);
}
