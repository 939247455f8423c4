/**
 * Document rules: which candidates become mentions, decided over a whole document
 * (the unit the caller passes: a page, an article) in reading order.
 *
 * - A full name links anywhere.
 * - A blocker ("Kim Jong Il", "Artikel 4 des Grundgesetzes") otherwise wins its span and links nothing.
 * - A short form ("Kim", "Austin") links only after a full name of the same entry
 *   appeared earlier; with several candidates, the entry named most recently wins.
 * - A generic alias ("Artikel 4", "Rom") links only if the document names (anywhere,
 *   before or after, by a full name) the entry itself or one of its `context` entries.
 *   Anywhere, because a headline or lead often names the context after the first
 *   generic use; only full names count, so two generic aliases cannot prop each other up.
 * - If a conditional span is rejected, a shorter full name inside it still links
 *   ("Pjöngjang" in "Pjöngjang-Gipfel" without Putin in the document).
 * - A short form never links ahead of the entry's first full name, even in a headline
 *   ("Kim warnt …" above "Kim Jong-un"): which Kim is meant is only known once the text has
 *   said it, and a wrong mark costs more than a missed one.
 */
import type { Mention } from './types';
import type { AliasRecord } from './compile';
import type { Candidate } from './scan';

export function resolveDocument(
  blocks: readonly (readonly Candidate[])[],
  context: ReadonlyMap<string, readonly string[]>,
): Mention[][] {
  const named = new Set<string>();
  for (const block of blocks) {
    for (const c of block) {
      for (const r of c.records) if (r.tier === 'name') named.add(r.entry);
      for (const r of c.fallback?.records ?? []) if (r.tier === 'name') named.add(r.entry);
    }
  }
  const supported = (entry: string): boolean =>
    named.has(entry) || (context.get(entry) ?? []).some((e) => named.has(e));

  // Reading position at which each entry was last named (full name or linked short form).
  const lastSeen = new Map<string, number>();
  let position = 0;
  return blocks.map((block) => {
    const mentions: Mention[] = [];
    for (const c of block) {
      position++;
      let span = c;
      let record = choose(c.records, lastSeen, supported);
      if (record === null && c.fallback !== undefined) {
        span = c.fallback;
        record = choose(span.records, lastSeen, supported);
      }
      if (record === null) continue;
      if (record.tier !== 'generic') lastSeen.set(record.entry, position);
      const mention: Mention = { start: span.start, end: span.end, entry: record.entry, alias: record.alias };
      if (record.tier !== 'name') mention.form = record.tier as 'short' | 'generic';
      mentions.push(mention);
    }
    return mentions;
  });
}

/** Records arrive sorted name, blocker, short, generic (see compile.ts). */
function choose(
  records: readonly AliasRecord[],
  lastSeen: ReadonlyMap<string, number>,
  supported: (entry: string) => boolean,
): AliasRecord | null {
  let best: AliasRecord | null = null;
  let bestSeen = -1;
  for (const r of records) {
    if (r.tier === 'blocker' || (best !== null && r.tier !== best.tier)) break;
    const seen = lastSeen.get(r.entry) ?? -1;
    const eligible =
      r.tier === 'name' || (r.tier === 'short' && seen >= 0) || (r.tier === 'generic' && supported(r.entry));
    // Among equals, prefer the entry the text talked about most recently.
    if (eligible && (best === null || seen > bestSeen)) {
      best = r;
      bestSeen = seen;
    }
  }
  return best;
}
