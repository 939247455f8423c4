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
  'Kursk',
  'Kim Jong-un',
  'Wladimir Putin',
  'Wolodymyr Selenskyj',
  'Waleri Gerassimow',
  'Dmitri Peskow',
  'Kim Kum-chol',
  'Yoon Suk-yeol',
  'Lloyd Austin',
  'Boris Pistorius',
  'John Healey',
  'Claus Kreß',
  'Victor Cha',
  'Donald Trump',
  'Pjöngjang',
  'Kiew',
  'Moskau',
  'Kreml',
  'Donezk',
  'Krim',
  'Rom',
  'KCNA',
  'Tass',
  'NIS',
  'CSIS',
  'UN-Sicherheitsrat',
  'US-Außenministerium',
  'Auswärtiges Amt',
  'Koreanische Volksarmee',
  'Kim-Il-sung-Militäruniversität',
  'Artikel 4',
  'Nordkorea',
  'Russland',
  'Ukraine',
  'Südkorea',
  'USA',
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
      for (const id of e.related)
        expect(
          dossier.entries.some((x) => x.id === id),
          `${e.id} → ${id}`,
        ).toBe(true);
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

  it('keeps the editor’s audit fixed (issue 13)', () => {
    const byId = new Map(dossier.entries.map((e) => [e.id, e]));
    // Every dispute speaker has English, and the English differs where the German is a German word.
    const claims = dossier.entries.flatMap((e) => (e.disputes ?? []).flatMap((d) => d.claims));
    expect(claims.length).toBeGreaterThan(20);
    expect(claims.filter((c) => !c.byEn?.trim())).toEqual([]);
    expect(claims.find((c) => c.by === 'Kreml')?.byEn).toBe('Kremlin');
    // The dispute over Crimea exists; every topic is shown by at least one entry.
    const topics = new Set(dossier.entries.flatMap((e) => (e.disputes ?? []).map((d) => d.topic.en)));
    expect([...topics].some((t) => /Crimea/.test(t))).toBe(true);
    // Cha's interview has no year in the text: no dated fact, no timeline event.
    expect(byId.get('victor-cha')!.facts.every((f) => f.date === undefined)).toBe(true);
    expect(dossier.timeline.some((t) => /Victor Cha/.test(t.text.de))).toBe(false);
    // The spokeswoman spoke conditionally.
    expect(byId.get('auswaertiges-amt')!.summary.de).not.toContain('sprach von einer');
    // What only gnews.cz reports says so.
    expect(dossier.timeline.find((t) => t.id === 'ev-trump-rome')!.text.de).toContain('gnews.cz');
    // The timeline: the visit before what follows it "wenig später", the offensive before what follows "daraufhin",
    // Russia's own confirmation before North Korea's, and Putin's thanks after it.
    const at = (id: string): number => dossier.timeline.findIndex((t) => t.id === id);
    expect(at('ev-putin-visit')).toBeLessThan(at('ev-donetsk-engineers'));
    expect(at('ev-kursk-offensive')).toBeLessThan(at('ev-troops-10000'));
    expect(at('ev-kcna-instructors-report')).toBeLessThan(at('ev-peskow'));
    expect(at('ev-russia-confirms')).toBeLessThan(at('ev-kcna-confirmation'));
    expect(at('ev-kcna-confirmation')).toBeLessThan(at('ev-putin-thanks'));
    for (const id of ['ev-nis-3000', 'ev-austin', 'ev-charge-summoned', 'ev-pistorius-healey', 'ev-selenskyj-video']) {
      expect(at(id), id).toBeGreaterThan(at('ev-putin-visit'));
    }
    expect(dossier.timeline.find((t) => t.id === 'ev-afp-negotiations')!.date).toBe('2025-04-28');
  });
});
