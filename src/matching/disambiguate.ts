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

/**
 * The document rules as a reading in progress, so a document that only grows at its end
 * (a page read in slices) is resolved block by block instead of from its start each time.
 * Every block must be named (`name`) before any is resolved; appended blocks are named,
 * then resolved in order. Earlier blocks keep their mentions unless a new full name
 * supports a generic alias they hold (`wouldChange`): then the whole document is read again.
 */
export class DocumentRules {
  /** Entries named (by a full name) anywhere in the document. */
  private readonly named = new Set<string>();
  /** Reading position at which each entry was last named (full name or linked short form). */
  private readonly lastSeen = new Map<string, number>();
  private position = 0;
  /** Entries whose first full name would support a generic alias already resolved without support. */
  private readonly watched = new Set<string>();

  constructor(private readonly context: ReadonlyMap<string, readonly string[]>) {}

  /** Notes a block's full names; returns the entries the document had not named before. */
  name(block: readonly Candidate[]): string[] {
    const fresh: string[] = [];
    const note = (records: readonly AliasRecord[]) => {
      for (const r of records) {
        if (r.tier === 'name' && !this.named.has(r.entry)) {
          this.named.add(r.entry);
          fresh.push(r.entry);
        }
      }
    };
    for (const c of block) {
      note(c.records);
      if (c.fallback) note(c.fallback.records);
    }
    return fresh;
  }

  /** Whether naming these entries could change a block resolved already. */
  wouldChange(entries: readonly string[]): boolean {
    return entries.some((entry) => this.watched.has(entry));
  }

  private readonly supported = (entry: string): boolean =>
    this.named.has(entry) || (this.context.get(entry) ?? []).some((e) => this.named.has(e));

  /** The next block's mentions, in reading order. */
  resolve(block: readonly Candidate[]): Mention[] {
    const mentions: Mention[] = [];
    for (const c of block) {
      this.position++;
      this.watchGenerics(c.records);
      if (c.fallback) this.watchGenerics(c.fallback.records);
      let span = c;
      let record = choose(c.records, this.lastSeen, this.supported);
      if (record === null && c.fallback !== undefined) {
        span = c.fallback;
        record = choose(span.records, this.lastSeen, this.supported);
      }
      if (record === null) continue;
      if (record.tier !== 'generic') this.lastSeen.set(record.entry, this.position);
      const mention: Mention = { start: span.start, end: span.end, entry: record.entry, alias: record.alias };
      if (record.tier !== 'name') mention.form = record.tier as 'short' | 'generic';
      mentions.push(mention);
    }
    return mentions;
  }

  private watchGenerics(records: readonly AliasRecord[]): void {
    for (const r of records) {
      if (r.tier !== 'generic' || this.supported(r.entry)) continue;
      this.watched.add(r.entry);
      for (const e of this.context.get(r.entry) ?? []) this.watched.add(e);
    }
  }
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
