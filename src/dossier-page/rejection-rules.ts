/**
 * The record of rejected proposals as pure data: `{ [storyId]: keys[] }`, the keys being the matcher's
 * keys of the names rejected. Remembering, undoing and importing are functions of the record; the
 * storage (`rejections.ts`) only reads and writes it.
 */

import { proposalKey } from './proposals';

export type RejectionRecord = Readonly<Record<string, readonly string[]>>;

/** Keys kept per story: enough for any story, small enough for storage.local. */
export const MAX_REJECTIONS_PER_STORY = 5_000;

/** The record with `keys` rejected in `storyId`, and which of them are new (what an undo takes back). */
export function withRejected(
  all: RejectionRecord,
  storyId: string,
  keys: readonly string[],
): { record: Record<string, string[]>; added: string[] } {
  const current = all[storyId] ?? [];
  const known = new Set(current);
  const added = [...new Set(keys)].filter((k) => k && !known.has(k));
  const kept = [...current, ...added].slice(-MAX_REJECTIONS_PER_STORY);
  return { record: { ...copy(all), [storyId]: kept }, added };
}

/** The record without `keys` in `storyId` (undo, "propose again"); a story left with none is dropped. */
export function withoutRejected(
  all: RejectionRecord,
  storyId: string,
  keys: readonly string[],
): Record<string, string[]> {
  const gone = new Set(keys);
  const { [storyId]: current = [], ...others } = copy(all);
  const kept = current.filter((k) => !gone.has(k));
  return kept.length > 0 ? { ...others, [storyId]: kept } : others;
}

/**
 * What an import leaves: the file's rejections (by the story ids they have here) added to the
 * current ones; the stories in `replaced` (whose data the file replaces) keep only the file's.
 */
export function importedRejections(
  current: RejectionRecord,
  incoming: RejectionRecord,
  replaced: readonly string[] = [],
): Record<string, string[]> {
  const cleared = new Set(replaced);
  const out: Record<string, string[]> = {};
  for (const [story, keys] of Object.entries(current)) if (!cleared.has(story)) out[story] = [...keys];
  for (const [story, keys] of Object.entries(incoming)) {
    if (keys.length === 0) continue;
    out[story] = withRejected(out, story, keys).record[story]!;
  }
  return out;
}

/** A plain copy: the record comes from storage or a file and is never changed in place. */
function copy(all: RejectionRecord): Record<string, string[]> {
  return Object.fromEntries(Object.entries(all).map(([story, keys]) => [story, [...keys]]));
}

/**
 * An import file's rejections by the ids its stories have here (`storyIds`; a pack's own go to
 * `packStory`), each key as the matcher keys it, so a hand-edited file's "Kim Jong Un" counts too.
 */
export function rejectionsOfFile(
  file: { stories?: readonly { id: string; rejected?: readonly string[] }[]; rejected?: readonly string[] },
  storyIds: Readonly<Record<string, string>>,
  packStory?: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (story: string | undefined, keys: readonly string[] | undefined) => {
    if (story === undefined || !keys?.length) return;
    out[story] = [...new Set([...(out[story] ?? []), ...keys.map(proposalKey).filter(Boolean)])];
  };
  for (const story of file.stories ?? []) add(storyIds[story.id], story.rejected);
  add(packStory, file.rejected);
  return out;
}
