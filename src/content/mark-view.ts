/**
 * Which marks a reader sees, from the settings: only the kinds they chose, and in
 * first-mention mode only each entry's first mark in reading order.
 */
import type { EntryKind } from '../dossier/types';
import type { MarkMode } from '../settings/settings';

export interface ViewOptions {
  kinds: ReadonlySet<EntryKind>;
  markMode: MarkMode;
}

export function visibleMarks<M extends { entry: string; kind: EntryKind }>(
  marksInOrder: readonly M[],
  options: ViewOptions,
): M[] {
  const seen = new Set<string>();
  return marksInOrder.filter((mark) => {
    if (!options.kinds.has(mark.kind)) return false;
    if (options.markMode === 'all') return true;
    if (seen.has(mark.entry)) return false;
    seen.add(mark.entry);
    return true;
  });
}

/** The difference between two painted sets: what to remove and what to add. */
export function diffMarks<M>(before: ReadonlySet<M>, after: readonly M[]): { removed: M[]; added: M[] } {
  const next = new Set(after);
  return {
    removed: [...before].filter((mark) => !next.has(mark)),
    added: after.filter((mark) => !before.has(mark)),
  };
}
