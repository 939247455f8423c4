/**
 * The real dossier: the curated catalog and the five bundled articles, built with the
 * real matcher. Checks the JSON contract other tools rely on and the list of
 * names that must be entries.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { matchKey } from '../../matching';
import { buildDossier, serializeDossier, verifyDossierHash } from '../build';
import { DOSSIER_SCHEMA_VERSION, ENTRY_KINDS, type Dossier, type SourceRef } from '../types';
import { loadBundledInput } from './load';

/** Names the issue requires as an entry (its name or one of its aliases). */
const REQUIRED_NAMES = [
  'Kursk', 'Kim Jong-un', 'Wladimir Putin', 'Wolodymyr Selenskyj', 'Waleri Gerassimow', 'Dmitri Peskow',
  'Kim Kum-chol', 'Yoon Suk-yeol', 'Lloyd Austin', 'Boris Pistorius', 'John Healey', 'Claus Kreß', 'Victor Cha',
  'Donald Trump', 'Pjöngjang', 'Kiew', 'Moskau', 'Kreml', 'Donezk', 'Krim', 'Rom', 'KCNA', 'Tass', 'NIS', 'CSIS',
  'UN-Sicherheitsrat', 'US-Außenministerium', 'Auswärtiges Amt', 'Koreanische Volksarmee',
  'Kim-Il-sung-Militäruniversität', 'Artikel 4', 'Nordkorea', 'Russland', 'Ukraine', 'Südkorea', 'USA',
];

let dossier: Dossier;
beforeAll(async () => {
  dossier = await buildDossier(await loadBundledInput(), { audit: true });
});

function allRefs(d: Dossier): SourceRef[] {
  return [
    ...d.entries.flatMap((e) => [
      ...e.sources,
      ...e.evidence.flatMap((x) => [x, ...(x.also ?? [])]),
      ...e.summarySentences.flatMap((s) => s.sources),
      ...e.facts.flatMap((f) => f.sources),
      ...(e.disputes ?? []).flatMap((x) => x.claims.flatMap((c) => c.sources)),
    ]),
    ...d.timeline.flatMap((t) => t.sources),
  ];
}

describe('the bundled dossier', () => {
  it('has a schema version, a valid hash and the five articles', async () => {
    expect(dossier.schemaVersion).toBe(DOSSIER_SCHEMA_VERSION);
    expect(await verifyDossierHash(dossier)).toBe(true);
    expect(dossier.articles).toHaveLength(5);
  });

  it('quotes only exact substrings of the shipped article texts', () => {
    const text = new Map(dossier.articles.map((a) => [a.id, a.text]));
    const refs = allRefs(dossier);
    expect(refs.length).toBeGreaterThan(100);
    const bad = refs.filter((r) => !text.get(r.article)?.includes(r.quote) || r.quote.trim() === '');
    expect(bad).toEqual([]);
  });

  it('gives every entry German and English names and summaries, and at least one source', () => {
    expect(dossier.entries.length).toBeGreaterThanOrEqual(40);
    for (const e of dossier.entries) {
      expect(ENTRY_KINDS, e.id).toContain(e.kind);
      expect(e.name.de && e.name.en, e.id).toBeTruthy();
      expect(e.summary.de.trim() && e.summary.en.trim(), e.id).toBeTruthy();
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const id of e.related) expect(dossier.entries.some((x) => x.id === id), `${e.id} → ${id}`).toBe(true);
    }
  });

  it('has an entry for every name the issue lists', () => {
    const keys = new Set(dossier.entries.flatMap((e) => [e.name.de, e.name.en, ...e.aliases].map((a) => matchKey(a))));
    expect(REQUIRED_NAMES.filter((n) => !keys.has(matchKey(n)))).toEqual([]);
  });

  it('shows the dispute over Kursk and a dated timeline', () => {
    const kursk = dossier.entries.filter((e) => (e.disputes ?? []).some((d) => /Kursk/.test(d.topic.de)));
    expect(kursk.length).toBeGreaterThan(0);
    expect(dossier.timeline.length).toBeGreaterThan(0);
    for (const t of dossier.timeline) expect(t.date, t.text.de).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  it('builds to the same bytes twice', async () => {
    const again = await buildDossier(await loadBundledInput(), { audit: true });
    expect(serializeDossier(again)).toBe(serializeDossier(dossier));
  });
});
