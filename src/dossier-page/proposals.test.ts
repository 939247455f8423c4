import { describe, expect, it } from 'vitest';
import { proposeEntries } from '../dossier/propose';
import type { Proposal } from '../dossier/propose/types';
import type { Entry } from '../dossier/types';
import { ownEntry } from '../storage/reader-rules';
import type { Article } from '../dossier/types';
import { withoutRejected, withRejected } from './rejection-rules';
import {
  acceptInput,
  editProposal,
  mergeProposals,
  proposalRunKey,
  rejectionKeys,
  reviewable,
  reviewSets,
} from './proposals';

const ARTICLES = [
  {
    id: 'a',
    title: 'Nordkorea im Krieg',
    text: 'Nordkorea im Krieg\nKreml-Sprecher Dmitri Peskow sagte, man werde die Beziehungen zu Pjöngjang vertiefen. „Wir prüfen das“, sagte Peskow. Der National Intelligence Service (NIS) hat neue Zahlen vorgelegt.',
  },
  {
    id: 'b',
    title: 'Soldaten in Kursk',
    text: 'Soldaten in Kursk\nIn der Region Kursk kämpfen Soldaten aus Nordkorea. Laut NIS sind es rund 11.000. Peskow äußerte sich nicht.',
  },
];

const proposals = (): Proposal[] => proposeEntries(ARTICLES);
const entry = (name: string, aliases: string[] = []): Entry =>
  ownEntry(`own-${name}`, { name, aliases, kind: 'place' });

describe('reviewing proposals', () => {
  it('shows no proposal whose name an entry already has, and no rejected one', () => {
    const all = reviewable(proposals(), [], new Set());
    expect(all.map((p) => p.name)).toEqual(expect.arrayContaining(['Dmitri Peskow', 'Kursk']));
    const shown = reviewable(proposals(), [entry('Region Kursk', ['Kursk'])], new Set(rejectionKeys(all[0]!)));
    expect(shown.map((p) => p.name)).not.toContain('Kursk');
    expect(shown.map((p) => p.name)).not.toContain(all[0]!.name);
    expect(shown.length).toBe(all.length - 2);
  });

  it('leaves out of the aliases a name another entry has', () => {
    const nis = (entries: Entry[]) =>
      reviewable(proposals(), entries, new Set()).find((p) => p.name === 'National Intelligence Service');
    expect(nis([])?.aliases).toEqual(['NIS']);
    expect(nis([entry('Nationaler Geheimdienst', ['NIS'])])?.aliases).toEqual([]);
  });

  it('surnames go with the entry as short forms, linked after the full name; acronyms keep their case', () => {
    const list = reviewable(proposals(), [], new Set());
    const peskow = list.find((p) => p.name === 'Dmitri Peskow')!;
    expect(peskow.short).toEqual(['Peskow']);
    const entry = ownEntry('own-peskow', acceptInput(peskow));
    expect(entry.aliases).toEqual(['Dmitri Peskow', 'Peskow']);
    expect(entry.match).toEqual({ short: ['Peskow'] });
    const nis = ownEntry('own-nis', acceptInput(list.find((p) => p.name === 'National Intelligence Service')!));
    expect(nis.match).toEqual({ caseSensitive: ['NIS'] });
  });

  it('edits name, kind, aliases and which sentences go with the entry', () => {
    const peskow = reviewable(proposals(), [], new Set()).find((p) => p.name === 'Dmitri Peskow')!;
    const edited = editProposal(peskow, {
      name: 'Dmitrij Peskow',
      kind: 'person',
      aliases: ['Peskow', ' ', 'Dmitrij Peskow'],
      chosen: peskow.sentences.map((_, i) => i === 0),
    });
    expect(edited.name).toBe('Dmitrij Peskow');
    expect(edited.aliases).toEqual(['Peskow']);
    const input = acceptInput(edited);
    expect(input.summary).toEqual([{ article: peskow.sentences[0]!.article, quote: peskow.sentences[0]!.quote }]);
    expect(input.role).toBe('Kreml-Sprecher');
  });

  it('merges two proposals: names, sentences and counts pooled, at most three sentences chosen', () => {
    const list = reviewable(proposals(), [], new Set());
    const [a, b] = [list.find((p) => p.name === 'Dmitri Peskow')!, list.find((p) => p.name === 'Kursk')!];
    const merged = mergeProposals(a, b);
    expect(merged.name).toBe(a.name);
    expect(merged.aliases).toContain('Kursk');
    expect(merged.mentions).toBe(a.mentions + b.mentions);
    expect(merged.sentences.filter((s) => s.chosen).length).toBeLessThanOrEqual(3);
    expect(rejectionKeys(merged)).toEqual(expect.arrayContaining(['dmitri peskow', 'kursk']));
  });

  it('an accepted proposal is an own entry whose every sentence is verbatim in its article', () => {
    for (const p of reviewable(proposals(), [], new Set())) {
      const input = acceptInput(p);
      const e = ownEntry('own-x', input);
      expect(e.summarySentences.length).toBeGreaterThan(0);
      for (const s of e.summarySentences)
        for (const src of s.sources) expect(ARTICLES.find((a) => a.id === src.article)!.text).toContain(src.quote);
    }
  });

  it('edits the role line: kept when not given, none when blank', () => {
    const peskow = reviewable(proposals(), [], new Set()).find((p) => p.name === 'Dmitri Peskow')!;
    const edit = { name: peskow.name, kind: peskow.kind, aliases: peskow.aliases, chosen: [] };
    expect(editProposal(peskow, edit).role).toBe('Kreml-Sprecher');
    expect(acceptInput(editProposal(peskow, { ...edit, role: ' Sprecher des Kremls ' })).role).toBe(
      'Sprecher des Kremls',
    );
    expect(acceptInput(editProposal(peskow, { ...edit, role: '  ' }))).not.toHaveProperty('role');
  });

  it('lists the rejected proposals apart, and proposing one again forgets whichever name hid it', () => {
    const all = reviewable(proposals(), [], new Set());
    const nis = all.find((p) => p.name === 'National Intelligence Service')!;
    // Rejected by its acronym only (say, merged into another proposal that was rejected).
    const { record } = withRejected({}, 's', ['nis']);
    const sets = reviewSets(proposals(), [], new Set(record.s));
    expect(sets.open.map((p) => p.name)).not.toContain(nis.name);
    const rejected = sets.rejected.find((p) => p.name === nis.name)!;
    expect(sets.open.length + sets.rejected.length).toBe(all.length);
    const again = withoutRejected(record, 's', rejectionKeys(rejected));
    expect(reviewSets(proposals(), [], new Set(again.s)).open.map((p) => p.name)).toContain(nis.name);
  });

  it('does not list as rejected what an entry has taken (an accepted proposal)', () => {
    const peskow = reviewable(proposals(), [], new Set()).find((p) => p.name === 'Dmitri Peskow')!;
    const sets = reviewSets(proposals(), [entry('Dmitri Peskow')], new Set(peskow.keys));
    expect(sets.rejected.map((p) => p.name)).not.toContain('Dmitri Peskow');
    expect(sets.open.map((p) => p.name)).not.toContain('Dmitri Peskow');
  });

  it('keys a run by the story’s articles and the proposer’s build, not by the array', () => {
    const articles = ARTICLES.map((a) => ({ ...a, language: 'de' }) as Article);
    const key = proposalRunKey(articles, '/assets/propose-worker-1.js');
    expect(
      proposalRunKey(
        articles.map((a) => ({ ...a })),
        '/assets/propose-worker-1.js',
      ),
    ).toBe(key);
    expect(proposalRunKey(articles.slice(1), '/assets/propose-worker-1.js')).not.toBe(key);
    expect(proposalRunKey(articles, '/assets/propose-worker-2.js')).not.toBe(key);
    const longer = articles.map((a, i) => (i === 0 ? { ...a, text: `${a.text} Mehr.` } : a));
    expect(proposalRunKey(longer, '/assets/propose-worker-1.js')).not.toBe(key);
  });
});
