import { describe, expect, it } from 'vitest';
import type { CatalogEntry, CatalogEvent } from '../catalog-types';
import type { Article, TimelineEvent } from '../types';
import { DossierBuildError, buildDossier } from './index';
import { findRelationWords, timelineOrderProblems, type TimelineRelation } from './timeline';

const JULY: Article = {
  id: 'july',
  title: 'Juli',
  date: '2024-07-09',
  language: 'de',
  text:
    'Im Juni trafen sich beide Herrscher in Nordkorea. ' +
    'Wenig später berichtete ein Sender über Pioniere aus Nordkorea. ' +
    'Am Montag flog eine Delegation aus Nordkorea ab. ' +
    'Schon zuvor hatte Nordkorea Waffen geliefert.',
};

const APRIL: Article = {
  id: 'april',
  title: 'April',
  date: '2025-04-28',
  language: 'de',
  text:
    'Nordkorea bestätigte am Montag (28. April) den Einsatz. ' +
    'Bereits zuvor hatte Russland die Beteiligung eingeräumt. ' +
    'Am selben Tag reagierte Washington.',
};

/** Written between June and December 2024; its news has no date of its own. */
const AUTUMN: Article = {
  id: 'autumn',
  title: 'Herbst',
  date: '2024',
  dateRange: { from: '2024-06', to: '2024-12' },
  language: 'de',
  text: 'Der Geheimdienst meldet Soldaten aus Nordkorea in Russland.',
};

const ENTRY: CatalogEntry = {
  id: 'north-korea',
  kind: 'place',
  name: { de: 'Nordkorea', en: 'North Korea' },
  role: { de: 'Staat', en: 'State' },
  aliases: ['Nordkorea'],
  summary: [{ de: 'Ein Staat.', en: 'A state.', sources: [{ article: 'july', quote: 'Nordkorea' }] }],
  facts: [],
  related: [],
  importance: 1,
};

const ev = (
  id: string,
  date: string,
  article: string,
  quote: string,
  extra: Partial<CatalogEvent> = {},
): CatalogEvent => ({
  id,
  date,
  text: { de: id, en: id },
  entries: ['north-korea'],
  sources: [{ article, quote }],
  ...extra,
});

const SUMMIT = ev('summit', '2024-06', 'july', 'Im Juni trafen sich beide Herrscher');
const ENGINEERS = ev('engineers', '2024', 'july', 'Wenig später berichtete ein Sender');
const DEPARTURE = ev('departure', '', 'july', 'Am Montag flog eine Delegation');
const ARMS = ev('arms', '2023', 'july', 'Schon zuvor hatte Nordkorea Waffen geliefert.');

async function timelineOf(events: CatalogEvent[], articles: Article[] = [JULY, APRIL, AUTUMN]): Promise<string[]> {
  const d = await buildDossier({ articles, catalog: [ENTRY], events });
  return d.timeline.map((t) => t.id!);
}

async function problemsOf(events: CatalogEvent[]): Promise<string[]> {
  try {
    await buildDossier({ articles: [JULY, APRIL, AUTUMN], catalog: [ENTRY], events });
    return [];
  } catch (error) {
    if (error instanceof DossierBuildError) return error.problems;
    throw error;
  }
}

describe('relation words', () => {
  it('finds them left to right, the longer phrase first', () => {
    expect(
      findRelationWords('Bereits zuvor hatte Russland eingeräumt; daraufhin und am selben Tag reagierte Washington.'),
    ).toEqual([
      { kind: 'before', words: 'Bereits zuvor', start: 0 },
      { kind: 'after', words: 'daraufhin', start: 41 },
      { kind: 'same-day', words: 'am selben Tag', start: 55 },
      { kind: 'after', words: 'reagierte', start: 69 },
    ]);
    expect(findRelationWords('Die Zuvorkommenheit später Gäste')).toEqual([]);
  });
});

describe('timeline order', () => {
  it('follows the texts, not the catalog order: a year-only event "wenig später" sorts after what it follows', async () => {
    expect(await timelineOf([DEPARTURE, ENGINEERS, SUMMIT])).toEqual(['summit', 'engineers', 'departure']);
    expect(await timelineOf([SUMMIT, ENGINEERS, DEPARTURE])).toEqual(['summit', 'engineers', 'departure']);
  });

  it('puts an event "bereits zuvor" before its anchor, even where its date alone would not', async () => {
    const confirmed = ev('confirmed', '', 'april', 'Nordkorea bestätigte am Montag (28. April) den Einsatz.');
    const russia = ev('russia', '2025', 'april', 'Bereits zuvor hatte Russland die Beteiligung eingeräumt.');
    const reaction = ev('reaction', '2025-04', 'april', 'Am selben Tag reagierte Washington.', {
      anchors: [{ words: 'Am selben Tag', event: 'confirmed' }],
    });
    expect(await timelineOf([reaction, confirmed, russia])).toEqual(['russia', 'confirmed', 'reaction']);
  });

  it('ties relation words to the event the catalog names, where it is not the one cited just before', async () => {
    // "Schon zuvor" follows the departure sentence, but means before the summit.
    const arms = { ...ARMS, date: '2024', anchors: [{ words: 'Schon zuvor', event: 'summit' }] };
    expect(await timelineOf([DEPARTURE, arms, SUMMIT])).toEqual(['arms', 'summit', 'departure']);
  });

  it('sorts an article’s undated news inside the range the article was written in', async () => {
    const news = ev('news', '2024', 'autumn', 'Der Geheimdienst meldet Soldaten');
    const august = ev('august', '2024-08', 'july', 'Am Montag flog eine Delegation');
    // Without the range the year's middle (July) would sort it before August.
    expect(await timelineOf([news, { ...august, date: '2024-08' }], [{ ...JULY, date: '2024' }, AUTUMN])).toEqual([
      'august',
      'news',
    ]);
  });

  it('fails a relation the dates contradict, naming the event, the words and both dates', async () => {
    const engineers = { ...ENGINEERS, date: '2024-05' };
    expect(await problemsOf([SUMMIT, engineers])).toEqual([
      expect.stringMatching(
        /^timeline event 2 "engineers" \(2024-05, "engineers"\): "Wenig später" puts it after timeline event 1 "summit" .* ends before that event's 2024-06/,
      ),
    ]);
  });

  it('fails relation words with no event before them, and anchors that point nowhere or to no words', async () => {
    expect(await problemsOf([ENGINEERS])).toEqual([
      expect.stringMatching(
        /^timeline event 1 "engineers" .*: "Wenig später" relates it to an earlier event, but no other event cites an earlier sentence of article "july"; name it in anchors/,
      ),
    ]);
    const wrong = {
      ...ENGINEERS,
      anchors: [
        { words: 'Wenig später', event: 'nowhere' },
        { words: 'kurz darauf', event: 'summit' },
      ],
    };
    expect(await problemsOf([SUMMIT, wrong])).toEqual([
      expect.stringMatching(/"engineers" .*: anchor "Wenig später" points to unknown event "nowhere"/),
      expect.stringMatching(
        /"engineers" .*: anchor words "kurz darauf" are not a relation word in any of its quotes' sentences/,
      ),
    ]);
  });

  it('fails relations that go round in a circle', async () => {
    const a = ev('a', '2024', 'july', 'Wenig später berichtete ein Sender', {
      anchors: [{ words: 'Wenig später', event: 'b' }],
    });
    const b = ev('b', '2024', 'july', 'Wenig später berichtete ein Sender', {
      anchors: [{ words: 'Wenig später', event: 'a' }],
    });
    expect(await problemsOf([a, b])).toEqual([
      expect.stringMatching(/^timeline relations form a cycle among: timeline event 1 "a" .*; timeline event 2 "b"/),
    ]);
  });
});

describe('timelineOrderProblems', () => {
  const t = (date: string, de: string): TimelineEvent => ({ date, text: { de, en: de }, entries: [], sources: [] });

  it('names an event sorted before the event it follows, and one sorted after an event wholly later', () => {
    const timeline = [t('2024', 'Bericht daraufhin'), t('2024-06', 'Gipfel'), t('2023', 'Lieferungen')];
    const relations: TimelineRelation[] = [{ kind: 'after', event: 0, anchor: 1, words: 'daraufhin', article: 'x' }];
    expect(timelineOrderProblems(timeline, relations)).toEqual([
      'timeline event at position 1 (2024, "Bericht daraufhin") must sort after timeline event at position 2 (2024-06, "Gipfel") ("daraufhin" in article "x")',
      'timeline event at position 3 (2023, "Lieferungen") lies wholly before timeline event at position 1 (2024, "Bericht daraufhin") but sorts after it',
      'timeline event at position 3 (2023, "Lieferungen") lies wholly before timeline event at position 2 (2024-06, "Gipfel") but sorts after it',
    ]);
    expect(
      timelineOrderProblems(
        [timeline[2]!, timeline[1]!, timeline[0]!],
        [{ kind: 'after', event: 2, anchor: 1, words: 'daraufhin', article: 'x' }],
      ),
    ).toEqual([]);
  });
});
