import { describe, expect, it } from 'vitest';
import type { Entry, EntryKind } from '../dossier/types';
import { groupByKind, rankEntries, relevance, visibleEntries } from './ranking';

function entry(id: string, kind: EntryKind, importance: 1 | 2 | 3, name = id): Entry {
  return {
    id,
    kind,
    importance,
    name: { de: name, en: name },
    aliases: [name],
    role: { de: 'r', en: 'r' },
    summary: { de: '', en: '' },
    summarySentences: [],
    facts: [],
    related: [],
    evidence: [],
    sources: [],
    match: {},
    mentions: {},
  };
}

const entries = new Map(
  [
    entry('kim', 'person', 3, 'Kim Jong-un'),
    entry('putin', 'person', 3, 'Wladimir Putin'),
    entry('kursk', 'place', 2, 'Kursk'),
    entry('tass', 'organisation', 1, 'Tass'),
    entry('rome', 'place', 1, 'Rom'),
  ].map((e) => [e.id, e]),
);

describe('relevance', () => {
  it('grows with mentions, lead and importance', () => {
    expect(relevance(4, false, 2)).toBeGreaterThan(relevance(2, false, 2));
    expect(relevance(2, true, 2)).toBeGreaterThan(relevance(2, false, 2));
    expect(relevance(2, false, 3)).toBeGreaterThan(relevance(2, false, 2));
    // Mentions count less than linearly: ten mentions of a background entry do not bury a central one.
    expect(relevance(3, false, 3)).toBeGreaterThan(relevance(10, false, 1) - 3);
  });
});

describe('rankEntries', () => {
  const found = [
    { entry: 'tass', count: 6 },
    { entry: 'kim', count: 3 },
    { entry: 'kursk', count: 3 },
    { entry: 'putin', count: 1 },
    { entry: 'rome', count: 1 },
    { entry: 'gone', count: 9 },
  ];

  it('orders by relevance and drops entries the dossier lacks', () => {
    const ids = rankEntries(found, entries, [], 'de').map((r) => r.entry.id);
    expect(ids).not.toContain('gone');
    expect(ids[0]).toBe('kim');
    expect(ids.indexOf('kim')).toBeLessThan(ids.indexOf('kursk'));
    expect(ids.at(-1)).toBe('rome');
  });

  it('lifts an entry from the headline or lead', () => {
    const plain = rankEntries(found, entries, [], 'de').map((r) => r.entry.id);
    const lifted = rankEntries(found, entries, ['putin'], 'de');
    expect(lifted.map((r) => r.entry.id).indexOf('putin')).toBeLessThan(plain.indexOf('putin'));
    expect(lifted.find((r) => r.entry.id === 'putin')?.inLead).toBe(true);
  });

  it('does not depend on the order of the report', () => {
    const a = rankEntries(found, entries, ['kursk'], 'de').map((r) => r.entry.id);
    const b = rankEntries([...found].reverse(), entries, ['kursk'], 'de').map((r) => r.entry.id);
    expect(b).toEqual(a);
  });
});

describe('groupByKind', () => {
  it('keeps rank order inside groups and orders groups by their best entry', () => {
    const ranked = rankEntries(
      [
        { entry: 'kursk', count: 9 },
        { entry: 'kim', count: 2 },
        { entry: 'rome', count: 1 },
        { entry: 'tass', count: 1 },
      ],
      entries,
      [],
      'de',
    );
    const groups = groupByKind(ranked);
    expect(groups.map((g) => g.kind)).toEqual(['place', 'person', 'organisation']);
    expect(groups[0]!.entries.map((r) => r.entry.id)).toEqual(['kursk', 'rome']);
  });
});

describe('visibleEntries', () => {
  const ranked = rankEntries(
    [...entries.keys()].map((id, i) => ({ entry: id, count: i + 1 })),
    entries,
    [],
    'de',
  );
  it('shows the top ones, or all when only a row or two would hide', () => {
    expect(visibleEntries(ranked, 2, false)).toHaveLength(2);
    expect(visibleEntries(ranked, 3, false)).toHaveLength(5);
    expect(visibleEntries(ranked, 2, true)).toHaveLength(5);
  });
});
