/**
 * Proposals the reader rejected, remembered per story so they are not proposed again: a small record
 * in storage.local (`{ [storyId]: keys[] }`), the keys being the matcher's keys of their names.
 */
import { storage } from '#imports';

/** Keys kept per story: enough for any story, small enough for storage.local. */
const MAX_KEYS_PER_STORY = 5_000;

const rejectionsItem = storage.defineItem<Record<string, string[]>>('local:proposalRejections', { fallback: {} });

export async function rejectedKeys(storyId: string): Promise<Set<string>> {
  return new Set((await rejectionsItem.getValue())[storyId] ?? []);
}

export async function rememberRejection(storyId: string, keys: readonly string[]): Promise<void> {
  const all = await rejectionsItem.getValue();
  const kept = [...new Set([...(all[storyId] ?? []), ...keys])].slice(-MAX_KEYS_PER_STORY);
  await rejectionsItem.setValue({ ...all, [storyId]: kept });
}

export function watchRejections(onChange: () => void): () => void {
  return rejectionsItem.watch(() => onChange());
}
