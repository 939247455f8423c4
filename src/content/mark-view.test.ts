import { describe, expect, it } from 'vitest';
import { diffMarks, visibleMarks } from './mark-view';

const m = (entry: string, kind: 'person' | 'place') => ({ entry, kind });
const marks = [m('kim', 'person'), m('kursk', 'place'), m('kim', 'person'), m('putin', 'person'), m('kursk', 'place')];

describe('visibleMarks', () => {
  it('keeps every mark of the chosen kinds', () => {
    expect(visibleMarks(marks, { kinds: new Set(['person']), markMode: 'all' }).map((x) => x.entry)).toEqual([
      'kim',
      'kim',
      'putin',
    ]);
  });
  it('keeps only the first mark of each entry in first-mention mode', () => {
    const view = visibleMarks(marks, { kinds: new Set(['person', 'place']), markMode: 'first' });
    expect(view).toEqual([marks[0], marks[1], marks[3]]);
  });
});

describe('diffMarks', () => {
  it('names what to remove and what to add', () => {
    const [a, b, c] = marks;
    expect(diffMarks(new Set([a, b]), [b!, c!])).toEqual({ removed: [a], added: [c] });
  });
});
