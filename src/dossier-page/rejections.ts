/**
 * Proposals the reader rejected, remembered per story so they are not proposed again: a small record
 * in storage.local (`{ [storyId]: keys[] }`), the keys being the matcher's keys of their names. It
 * survives updates of the extension (storage.local is kept) and goes with the reader's exports.
 */
import { storage } from '#imports';
import { forgetStory } from './per-story-item';
import { importedRejections, withoutRejected, withRejected, type RejectionRecord } from './rejection-rules';

const rejectionsItem = storage.defineItem<Record<string, string[]>>('local:proposalRejections', { fallback: {} });

export async function rejectedKeys(storyId: string): Promise<Set<string>> {
  return new Set((await rejectionsItem.getValue())[storyId] ?? []);
}

/** Every story's rejections, as the export file carries them. */
export function allRejections(): Promise<Record<string, string[]>> {
  return rejectionsItem.getValue();
}

/** Remembers `keys` as rejected in the story; returns those that were new (what an undo forgets). */
export async function rememberRejection(storyId: string, keys: readonly string[]): Promise<string[]> {
  const { record, added } = withRejected(await rejectionsItem.getValue(), storyId, keys);
  if (added.length > 0) await rejectionsItem.setValue(record);
  return added;
}

/** Forgets `keys` in the story: the reader undid a rejection or wants the proposal back. */
export async function forgetRejectedKeys(storyId: string, keys: readonly string[]): Promise<void> {
  await rejectionsItem.setValue(withoutRejected(await rejectionsItem.getValue(), storyId, keys));
}

/** Takes an import's rejections in (already checked, by the story ids they have here). */
export async function importRejections(incoming: RejectionRecord, replaced: readonly string[] = []): Promise<void> {
  await rejectionsItem.setValue(importedRejections(await rejectionsItem.getValue(), incoming, replaced));
}

/**
 * Drops the rejections of one story (it was deleted), or of all stories (the reader reset and dropped
 * their own data): a rejected name says what the reader read, so it must not outlive the story.
 */
export async function forgetRejections(storyId?: string): Promise<void> {
  await forgetStory(rejectionsItem, storyId);
}

export function watchRejections(onChange: () => void): () => void {
  return rejectionsItem.watch(() => onChange());
}
