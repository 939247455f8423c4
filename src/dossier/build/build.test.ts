import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../matching';
import type { AliasSet } from '../../matching';
import {
  addArticle,
  buildDossier,
  canonicalJson,
  inputFromDossier,
  removeArticle,
  serializeDossier,
  verifyDossierHash,
} from './index';
import { sha256Hex } from './hash';
import { fixture } from './test-fixture';

const entry = (d: Awaited<ReturnType<typeof buildDossier>>, id: string) => d.entries.find((e) => e.id === id)!;

describe('buildDossier', () => {
  it('meets the contract: every quote is the exact text of its article', async () => {
    const d = await buildDossier(fixture());
    const text = new Map(d.articles.map((a) => [a.id, a.text]));
    const refs = [
      ...d.entries.flatMap((e) => [
        ...e.sources,
        ...e.evidence.flatMap((x) => [x, ...(x.also ?? [])]),
        ...e.summarySentences.flatMap((s) => s.sources),
        ...e.facts.flatMap((f) => f.sources),
        ...(e.disputes ?? []).flatMap((x) => x.claims.flatMap((c) => c.sources)),
      ]),
      ...d.timeline.flatMap((t) => t.sources),
    ];
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(text.get(r.article)).toContain(r.quote);
  });

  it('ships quotes as the article writes them (NBSP), not as the catalog typed them', async () => {
    const d = await buildDossier(fixture());
    const quotes = entry(d, 'kursk').summarySentences[1]!.sources.map((s) => s.quote);
    expect(quotes[0]).toBe('Entsendung von Truppen\u00a0nach\u00a0Russland.');
  });

  it('fills the derived fields of an entry', async () => {
    const d = await buildDossier(fixture());
    const kursk = entry(d, 'kursk');
    expect(kursk.summary).toEqual({
      de: 'Russische Region an der Grenze zur Ukraine. Nordkoreanische Truppen kämpften dort.',
      en: 'Russian region on the border with Ukraine. North Korean troops fought there.',
    });
    // The union of cited sources, without repeats, in reading order.
    expect(kursk.sources.map((s) => s.article)).toEqual(['a1', 'a1', 'a2', 'a2']);
    expect(kursk.sources[2]!.quote).toBe('Am 26. April 2025 verkündete der Kreml');
    expect(kursk.mentions).toEqual({ a1: 3, a2: 1 });
    expect(kursk.evidence.length).toBeGreaterThan(0);
    expect(kursk.disputes).toHaveLength(1);

    const kim = entry(d, 'kim-jong-un');
    expect(kim.aliases).toEqual(['Kim Jong-un', 'Kim Jong Un', 'Kim']);
    expect(kim.match).toEqual({ short: ['Kim'], blockers: ['Kim Jong Il'] });
    // "Kim schwieg dazu." links through the short form after the full name.
    expect(kim.mentions).toEqual({ a1: 2 });
    expect(kim.disputes).toBeUndefined();
  });

  it('merges near-duplicate evidence across articles and keeps every source', async () => {
    const d = await buildDossier(fixture());
    expect(entry(d, 'kursk').evidence.every((x) => x.quote.includes('Kursk'))).toBe(true);
    // The intelligence estimate appears in both articles in slightly different words;
    // give an entry an alias found in it to see the two sentences merge.
    const d2 = await buildDossier({
      ...fixture(),
      catalog: fixture().catalog.map((e) =>
        e.id === 'gerassimow' ? { ...e, aliases: [...e.aliases, 'Geheimdienste'] } : e,
      ),
    });
    const merged = entry(d2, 'gerassimow').evidence.find((x) => x.quote.startsWith('Südkoreanische'));
    expect(merged).toBeDefined();
    expect(merged!.also).toHaveLength(1);
    expect(new Set([merged!.article, merged!.also![0]!.article])).toEqual(new Set(['a1', 'a2']));
  });

  it('dates the timeline from the quotes and sorts it', async () => {
    const d = await buildDossier(fixture());
    expect(d.timeline.map((t) => [t.date, t.precision])).toEqual([
      ['2024', 'year'],
      ['2025-04-26', 'day'],
      ['2025-04-28', 'day'],
    ]);
  });

  it('sharpens a vague fact date to the date its quote states', async () => {
    const input = fixture();
    input.catalog.find((e) => e.id === 'kursk')!.facts[0]!.date = '2025';
    const d = await buildDossier(input);
    expect(entry(d, 'kursk').facts[0]!.date).toBe('2025-04-26');
  });

  it('can use another matcher', async () => {
    const seen: AliasSet[][] = [];
    const d = await buildDossier(fixture(), {
      compileMatcher: (sets) => {
        seen.push([...sets]);
        return compileMatcher(sets);
      },
    });
    expect(seen[0]!.map((s) => s.entry)).toEqual(['gerassimow', 'kim-jong-un', 'kursk']);
    expect(d.entries).toHaveLength(3);
  });
});

describe('determinism and hash', () => {
  it('gives the same bytes and hash for the same input, in any input order', async () => {
    const a = await buildDossier(fixture());
    const b = await buildDossier(fixture());
    const shuffled = fixture();
    shuffled.articles.reverse();
    shuffled.catalog.reverse();
    shuffled.events.reverse();
    const c = await buildDossier(shuffled);
    expect(serializeDossier(b)).toBe(serializeDossier(a));
    expect(serializeDossier(c)).toBe(serializeDossier(a));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the canonical JSON of everything but the hash', async () => {
    const d = await buildDossier(fixture());
    const { hash, ...content } = d;
    expect(hash).toBe(await sha256Hex(canonicalJson(content)));
    expect(await verifyDossierHash(d)).toBe(true);
    expect(await verifyDossierHash({ ...d, timeline: [] })).toBe(false);
  });

  it('changes the hash when any input changes', async () => {
    const base = (await buildDossier(fixture())).hash;
    const summary = fixture();
    summary.catalog[0]!.summary[0]!.en = 'A Russian region.';
    const article = fixture();
    article.articles[1]!.text += ' Nachtrag.';
    const event = fixture();
    event.events[2]!.text.en = 'North Korea sent soldiers.';
    const hashes = await Promise.all([summary, article, event].map(async (i) => (await buildDossier(i)).hash));
    for (const h of hashes) expect(h).not.toBe(base);
  });
});

describe('reader articles', () => {
  const readerArticle = {
    id: 'reader-1',
    title: 'Eigener Artikel',
    date: '2025-05-02',
    language: 'de' as const,
    text: 'Die Kämpfe in der Region Kursk dauern an. Gerassimow äußerte sich nicht.',
  };

  it('rebuilding a dossier from itself changes nothing', async () => {
    const d = await buildDossier(fixture());
    const again = await buildDossier(inputFromDossier(d));
    expect(serializeDossier(again)).toBe(serializeDossier(d));
  });

  it('adds an article and merges its evidence and mentions', async () => {
    const d = await addArticle(await buildDossier(fixture()), readerArticle);
    expect(d.articles.find((a) => a.id === 'reader-1')?.addedByReader).toBe(true);
    expect(entry(d, 'kursk').mentions['reader-1']).toBe(1);
    expect(entry(d, 'gerassimow').evidence.some((x) => x.article === 'reader-1')).toBe(true);
    expect(await verifyDossierHash(d)).toBe(true);
  });

  it('removes a reader article but not a bundled one', async () => {
    const base = await buildDossier(fixture());
    const added = await addArticle(base, readerArticle);
    expect((await removeArticle(added, 'reader-1')).hash).toBe(base.hash);
    await expect(removeArticle(added, 'a1')).rejects.toThrow(/bundled/);
    await expect(addArticle(added, readerArticle)).rejects.toThrow(/duplicate article id "reader-1"/);
  });
});

describe("the reader's articles in the timeline", () => {
  it('adds their dated sentences that name an entry, verbatim, in date order, and drops them with the article', async () => {
    const base = await buildDossier(fixture());
    const text =
      'Am 3. Mai 2025 meldete Kiew neue Kämpfe in der Region Kursk. Ein Satz ohne Datum über Kursk. ' +
      'Am 2. Mai 2025 regnete es, ohne dass ein Eintrag vorkommt.';
    const added = await addArticle(base, {
      id: 'own-1',
      title: 'Eigener Artikel',
      language: 'de',
      date: '2025-05-05',
      text,
    });
    const events = added.timeline.filter((t) => t.fromReader);
    expect(events).toEqual([
      {
        date: '2025-05-03',
        precision: 'day',
        text: {
          de: 'Am 3. Mai 2025 meldete Kiew neue Kämpfe in der Region Kursk.',
          en: 'Am 3. Mai 2025 meldete Kiew neue Kämpfe in der Region Kursk.',
        },
        entries: ['kursk'],
        sources: [{ article: 'own-1', quote: 'Am 3. Mai 2025 meldete Kiew neue Kämpfe in der Region Kursk.' }],
        fromReader: true,
      },
    ]);
    // Sorted among the catalog's events by date: nothing dated later stands before it.
    const at = added.timeline.indexOf(events[0]!);
    expect(added.timeline.slice(0, at).every((t) => t.date.slice(0, 10) <= '2025-05-03')).toBe(true);
    // Rebuilding reads them again (no duplicates); removing the article removes them.
    expect((await buildDossier(inputFromDossier(added))).timeline.filter((t) => t.fromReader)).toHaveLength(1);
    expect((await removeArticle(added, 'own-1')).timeline).toEqual(base.timeline);
  });
});
