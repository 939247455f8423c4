import { beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../dossier/build';
import { loadBundledInput } from '../dossier/node/load';
import type { Dossier, Entry, TimelineEvent } from '../dossier/types';
import { composeBriefing, type BriefingInput } from './briefing';
import { rankEntries } from './ranking';

const articles = {
  a1: { title: 'Erster Bericht', date: '2024-07-09' },
  a2: { title: 'Zweiter Bericht', outlet: 'Beispielblatt' },
};

function entry(id: string, sentences: { de: string; en: string; article: string }[]): Entry {
  return {
    id,
    kind: 'person',
    importance: 2,
    name: { de: id, en: id },
    aliases: [id],
    role: { de: '', en: '' },
    summary: { de: '', en: '' },
    summarySentences: sentences.map(({ de, en, article }) => ({
      de,
      en,
      sources: [{ article, quote: `${de} (Zitat)` }],
    })),
    facts: [],
    related: [],
    evidence: [],
    sources: [],
    match: {},
    mentions: {},
  };
}

function event(date: string, de: string, entries: string[], article = 'a1'): TimelineEvent {
  return { date, text: { de, en: `EN ${de}` }, entries, sources: [{ article, quote: de }] };
}

const entries = new Map(
  [
    entry('kim', [
      { de: 'Kim ist Machthaber.', en: 'Kim is the leader.', article: 'a1' },
      { de: 'Er empfing Putin.', en: 'He received Putin.', article: 'a2' },
    ]),
    entry('putin', [{ de: 'Putin ist Präsident.', en: 'Putin is president.', article: 'a2' }]),
    entry('ghost', [{ de: 'Ohne Quelle.', en: 'No source.', article: 'unknown' }]),
    entry('kursk', [{ de: 'Kursk ist eine Region.', en: 'Kursk is a region.', article: 'a1' }]),
    entry('tass', [{ de: 'Tass ist eine Agentur.', en: 'Tass is an agency.', article: 'a2' }]),
  ].map((e) => [e.id, e]),
);

// In the builder's order, as a dossier's timeline always is.
const timeline = [
  event('2023', 'Waffenlieferungen beginnen.', ['kim']),
  event('2024-06', 'Putin besucht Pjöngjang.', ['putin', 'kim']),
  event('2024-10', 'Ohne Quelle.', ['kim'], 'unknown'),
  event('2025-04', 'Nur Tass.', ['tass']),
];

const input = (ranked: string[], lang: 'de' | 'en' = 'de'): BriefingInput => ({
  ranked,
  entries,
  timeline,
  articles,
  lang,
});

describe('composeBriefing', () => {
  it('takes the first summary sentence of each top entry, then the events that involve most of them', () => {
    const briefing = composeBriefing(input(['kim', 'putin', 'kursk', 'tass']));
    expect(briefing.map((s) => s.text)).toEqual([
      'Kim ist Machthaber.',
      'Putin ist Präsident.',
      'Kursk ist eine Region.',
      // Events in timeline order; the one involving both top entries is the first choice.
      'Waffenlieferungen beginnen.',
      'Putin besucht Pjöngjang.',
    ]);
    expect(briefing[4]).toMatchObject({ kind: 'event', date: '2024-06', entries: ['kim', 'putin'] });
  });

  it('stops past the minimum when the text would grow too long, keeping the best event', () => {
    const briefing = composeBriefing(input(['kim', 'putin', 'kursk', 'tass']), { maxChars: 70 });
    expect(briefing.map((s) => s.text)).toEqual([
      'Kim ist Machthaber.',
      'Putin ist Präsident.',
      'Putin besucht Pjöngjang.',
    ]);
  });

  it('gives every sentence its known sources with their labels and leaves out unsourced text', () => {
    const briefing = composeBriefing(input(['ghost', 'kim']), { max: 5 });
    expect(briefing.map((s) => s.text)).not.toContain('Ohne Quelle.');
    for (const sentence of briefing) {
      expect(sentence.sources.length).toBeGreaterThan(0);
      for (const source of sentence.sources)
        expect(source.label).toBe(articles[source.article as keyof typeof articles]);
    }
  });

  it('fills up to the minimum from further entries and orders events as the timeline does', () => {
    const briefing = composeBriefing(input(['kim']), { topEntries: 1, min: 3, max: 5 });
    expect(briefing.map((s) => s.text)).toEqual([
      'Kim ist Machthaber.',
      'Waffenlieferungen beginnen.',
      'Putin besucht Pjöngjang.',
    ]);
  });

  it('keeps the timeline’s order, which a date string alone gets wrong ("2024" after the "2024-06" it follows)', () => {
    const ordered = [
      event('2024-06', 'Gipfel in Pjöngjang.', ['kim']),
      event('2024', 'Wenig später: Pioniere.', ['kim']),
    ];
    const briefing = composeBriefing({ ...input(['kim']), timeline: ordered }, { topEntries: 1, min: 3, max: 5 });
    expect(briefing.filter((s) => s.kind === 'event').map((s) => s.text)).toEqual([
      'Gipfel in Pjöngjang.',
      'Wenig später: Pioniere.',
    ]);
  });

  it('follows the UI language and is deterministic', () => {
    const en = composeBriefing(input(['kim', 'putin'], 'en'));
    expect(en[0]!.text).toBe('Kim is the leader.');
    expect(en.some((s) => s.text === 'EN Putin besucht Pjöngjang.')).toBe(true);
    expect(composeBriefing(input(['kim', 'putin'], 'en'))).toEqual(en);
  });

  it('is empty when nothing was found', () => {
    expect(composeBriefing(input([]))).toEqual([]);
  });
});

describe('composeBriefing on the real dossier', () => {
  let dossier: Dossier;
  beforeAll(async () => {
    dossier = await buildDossier(await loadBundledInput());
  });

  it('for each source article as a page: 3–5 sentences, every one verbatim dossier text with verbatim quotes', () => {
    const byId = new Map(dossier.entries.map((e) => [e.id, e]));
    const labels = Object.fromEntries(dossier.articles.map((a) => [a.id, { title: a.title }]));
    const texts = new Map(dossier.articles.map((a) => [a.id, a.text]));
    const dossierTexts = new Set([
      ...dossier.entries.flatMap((e) => e.summarySentences.flatMap((s) => [s.de, s.en])),
      ...dossier.timeline.flatMap((t) => [t.text.de, t.text.en]),
    ]);
    for (const article of dossier.articles) {
      const found = dossier.entries
        .filter((e) => (e.mentions[article.id] ?? 0) > 0)
        .map((e) => ({ entry: e.id, count: e.mentions[article.id]! }));
      for (const lang of ['de', 'en'] as const) {
        const ranked = rankEntries(found, byId, [], lang).map((r) => r.entry.id);
        const briefing = composeBriefing({ ranked, entries: byId, timeline: dossier.timeline, articles: labels, lang });
        expect(briefing.length, article.id).toBeGreaterThanOrEqual(3);
        expect(briefing.length).toBeLessThanOrEqual(5);
        for (const sentence of briefing) {
          expect(dossierTexts.has(sentence.text), sentence.text).toBe(true);
          for (const source of sentence.sources) expect(texts.get(source.article)).toContain(source.quote);
        }
      }
    }
  });
});
