/**
 * The reader's review of proposed entries, as pure data: which proposals to show (none the dossier
 * already has, none the reader rejected), editing, merging two, and what "accept" stores. The proposer
 * itself runs in a worker (`propose-worker.ts`); this module never touches a browser API.
 */
import { isAcronym } from '../dossier/propose/tokens';
import type { CitedQuote, Proposal, ProposeArticle } from '../dossier/propose/types';
import type { Article, Entry, EntryKind } from '../dossier/types';
import { matchKey } from '../matching';
import type { OwnEntryInput } from '../storage/reader-rules';

/** At most this many summary sentences go with an accepted entry (the proposer's own limit). */
export const MAX_SUMMARY = 3;

export interface ReviewSentence extends CitedQuote {
  chosen: boolean;
}

/** A proposal as the reader reviews it. */
export interface ReviewProposal {
  /** Stable while the reader edits: the proposer's key of the first name. */
  key: string;
  /** Keys of every proposal merged into this one (remembered on reject). */
  keys: string[];
  name: string;
  kind: EntryKind;
  /** Other names, the name not among them. */
  aliases: string[];
  /** Of the aliases: surnames and titled forms, linked on pages only after a full name. */
  short: string[];
  role: string | null;
  sentences: ReviewSentence[];
  mentions: number;
  articles: number;
}

/** What rejecting remembers: the proposal's name and every other name, by the matcher's key. */
export function proposalKey(name: string): string {
  return matchKey(name);
}

/** The reader's articles as the proposer reads them. */
export function proposeInput(articles: readonly Article[]): ProposeArticle[] {
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    text: a.text,
    language: a.language,
    ...(a.date ? { date: a.date } : {}),
  }));
}

/**
 * What the proposer's answer for a story depends on: its articles (ids are never reused; an article is
 * never changed in place, only added or removed) and the build of the proposer (`version`: its file's
 * hashed name, new with every change to it).
 */
export function proposalRunKey(articles: readonly Article[], version: string): string {
  const parts = articles.map((a) => `${a.id}:${a.language}:${a.title.length}:${a.text.length}`);
  return `${version}|${parts.join('|')}`;
}

/**
 * The proposals worth showing: none whose name an entry already has (the dossier's or the reader's),
 * none the reader rejected (by any of its names); names another entry has are left out of the aliases,
 * so accepting never collides.
 */
export function reviewable(
  proposals: readonly Proposal[],
  entries: readonly Entry[],
  rejected: ReadonlySet<string>,
): ReviewProposal[] {
  return reviewSets(proposals, entries, rejected).open;
}

/**
 * The proposals split for review: `open` to accept, edit, merge or reject; `rejected`, those the
 * reader rejected (by any of their names) and no entry has taken, to propose again on request.
 */
export function reviewSets(
  proposals: readonly Proposal[],
  entries: readonly Entry[],
  rejected: ReadonlySet<string>,
): { open: ReviewProposal[]; rejected: ReviewProposal[] } {
  const taken = new Set(entries.flatMap((e) => [e.name.de, e.name.en, ...e.aliases].map(proposalKey)));
  const open: ReviewProposal[] = [];
  const set: ReviewProposal[] = [];
  for (const p of proposals) {
    if (taken.has(proposalKey(p.name))) continue;
    const names = [p.name, ...p.aliases];
    const free = (a: string) => a !== p.name && !taken.has(proposalKey(a));
    const short = [...new Set(p.short)].filter(free);
    const aliases = [...new Set([...p.aliases, ...short])].filter(free);
    const isRejected = names.some((n) => rejected.has(proposalKey(n)));
    (isRejected ? set : open).push({
      key: proposalKey(p.name),
      // A rejected one carries every name's key: proposing it again forgets whichever hid it.
      keys: isRejected ? [...new Set(names.map(proposalKey))] : [proposalKey(p.name)],
      name: p.name,
      kind: p.kind,
      aliases,
      short,
      role: p.role,
      sentences: p.summary.map((s) => ({ ...s, chosen: true })),
      mentions: p.mentions,
      articles: p.articles,
    });
  }
  return { open, rejected: set };
}

export interface ProposalEdit {
  name: string;
  kind: EntryKind;
  aliases: readonly string[];
  /** The role line as the reader has it (blank: none); absent: as proposed. */
  role?: string;
  /** Whether each sentence (in order) goes with the entry. */
  chosen: readonly boolean[];
}

export function editProposal(p: ReviewProposal, edit: ProposalEdit): ReviewProposal {
  const name = edit.name.trim() || p.name;
  const aliases = [...new Set(edit.aliases.map((a) => a.trim()).filter((a) => a && a !== name))];
  return {
    ...p,
    name,
    kind: edit.kind,
    aliases,
    short: p.short.filter((a) => aliases.includes(a)),
    role: edit.role === undefined ? p.role : edit.role.trim() || null,
    sentences: p.sentences.map((s, i) => ({ ...s, chosen: edit.chosen[i] ?? s.chosen })),
  };
}

/**
 * Two proposals for one thing ("Sheffield", "Sheffield University"): the first keeps its name, kind and
 * role (the other's role where it has none); names, sentences and counts are pooled.
 */
export function mergeProposals(into: ReviewProposal, from: ReviewProposal): ReviewProposal {
  const aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((a) => a !== into.name);
  const seen = new Set(into.sentences.map((s) => s.quote));
  const sentences = [...into.sentences, ...from.sentences.filter((s) => !seen.has(s.quote))];
  let chosen = 0;
  return {
    ...into,
    keys: [...new Set([...into.keys, ...from.keys])],
    aliases,
    short: [...new Set([...into.short, ...from.short])].filter((a) => aliases.includes(a)),
    role: into.role ?? from.role,
    // The merged entry keeps at most three sentences chosen, the first proposal's first.
    sentences: sentences.map((s) => ({ ...s, chosen: s.chosen && ++chosen <= MAX_SUMMARY })),
    mentions: into.mentions + from.mentions,
    articles: Math.max(into.articles, from.articles),
  };
}

/**
 * The keys a rejection remembers: every name of the proposal and of what was merged into it; for a
 * rejected proposal, the keys "propose again" forgets.
 */
export function rejectionKeys(p: ReviewProposal): string[] {
  return [...new Set([...p.keys, proposalKey(p.name), ...p.aliases.map(proposalKey)])].filter(Boolean);
}

/** What accepting stores: an own entry with the proposal's names, kind, role and chosen sentences. */
export function acceptInput(p: ReviewProposal): OwnEntryInput {
  const summary = p.sentences
    .filter((s) => s.chosen)
    .slice(0, MAX_SUMMARY)
    .map(({ article, quote }) => ({ article, quote }));
  const short = p.short.filter((a) => p.aliases.includes(a));
  // Acronyms keep their case on pages: "WHO" is not "who", "EU" not "eu".
  const caseSensitive = [p.name, ...p.aliases].filter(isAcronym);
  return {
    name: p.name,
    aliases: p.aliases,
    kind: p.kind,
    ...(p.role ? { role: p.role } : {}),
    summary,
    ...(short.length ? { short } : {}),
    ...(caseSensitive.length ? { caseSensitive } : {}),
  };
}
