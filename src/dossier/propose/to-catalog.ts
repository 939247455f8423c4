/**
 * A proposal as a catalog entry: what the reader's "accept" turns it into, and what the builder's
 * validation checks. Proposals are quotes in the articles' own language, so both language fields carry
 * the same verbatim text; a proposal without a role phrase shows its name as its role line.
 */
import type { CatalogEntry } from '../catalog-types';
import type { Proposal } from './types';
import { isAcronym } from './tokens';

export function proposalToCatalogEntry(p: Proposal, rank: number, total: number): CatalogEntry {
  const same = (text: string): { de: string; en: string } => ({ de: text, en: text });
  const acronyms = [...p.aliases, ...p.short].filter(isAcronym);
  return {
    id: p.id,
    kind: p.kind,
    name: same(p.name),
    role: same(p.role ?? p.name),
    aliases: p.aliases,
    match: {
      ...(p.short.length ? { short: p.short } : {}),
      ...(acronyms.length ? { caseSensitive: acronyms } : {}),
    },
    summary: p.summary.map((s) => ({ ...same(s.quote), sources: [{ article: s.article, quote: s.quote }] })),
    facts: p.facts.map((f) => ({
      text: { de: f.quote },
      date: f.date,
      sources: [{ article: f.article, quote: f.quote }],
    })),
    related: p.related,
    // The top third of the list matters most to the story.
    importance: rank < total / 3 ? 3 : rank < (2 * total) / 3 ? 2 : 1,
  };
}
