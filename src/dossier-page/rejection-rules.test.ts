import { describe, expect, it } from 'vitest';
import {
  importedRejections,
  MAX_REJECTIONS_PER_STORY,
  rejectionsOfFile,
  withoutRejected,
  withRejected,
} from './rejection-rules';

describe('the record of rejected proposals', () => {
  it('says which keys a rejection added, so an undo takes back only those', () => {
    const first = withRejected({}, 's', ['bund naturschutz', 'richard mergner']);
    expect(first.added).toEqual(['bund naturschutz', 'richard mergner']);
    // "bund naturschutz" was rejected before: undoing the second rejection must not bring it back.
    const second = withRejected(first.record, 's', ['bund naturschutz', 'bn']);
    expect(second.added).toEqual(['bn']);
    const undone = withoutRejected(second.record, 's', second.added);
    expect(undone).toEqual({ s: ['bund naturschutz', 'richard mergner'] });
  });

  it('drops a story left without rejections, and leaves other stories alone', () => {
    const all = { s: ['a'], t: ['b'] };
    expect(withoutRejected(all, 's', ['a'])).toEqual({ t: ['b'] });
    expect(all).toEqual({ s: ['a'], t: ['b'] });
  });

  it('keeps the most recent keys when a story has more than it may', () => {
    const many = Array.from({ length: MAX_REJECTIONS_PER_STORY }, (_, i) => `k${i}`);
    const { record } = withRejected({ s: many }, 's', ['newest']);
    expect(record.s).toHaveLength(MAX_REJECTIONS_PER_STORY);
    expect(record.s!.at(-1)).toBe('newest');
    expect(record.s![0]).toBe('k1');
  });

  it('adds an import’s rejections, replacing those of the stories the file replaces', () => {
    const current = { first: ['alt'], other: ['x'], kept: ['y'] };
    expect(importedRejections(current, { first: ['neu'], fresh: ['z'] })).toEqual({
      first: ['alt', 'neu'],
      other: ['x'],
      kept: ['y'],
      fresh: ['z'],
    });
    expect(importedRejections(current, { first: ['neu'] }, ['first', 'other'])).toEqual({
      first: ['neu'],
      kept: ['y'],
    });
  });

  it('reads a file’s rejections by the ids its stories got here, keyed as the matcher keys names', () => {
    const file = {
      stories: [
        { id: 'bundled', rejected: ['Kim Jong Un', 'bezug'] },
        { id: 'story-x', rejected: [] },
        { id: 'story-y' },
      ],
      rejected: ['Independent Premium'],
    };
    expect(rejectionsOfFile(file, { bundled: 'first-here', 'story-x': 'story-x' })).toEqual({
      'first-here': ['kim jong un', 'bezug'],
    });
    // A pack's own rejections go to the story it became.
    expect(rejectionsOfFile({ rejected: ['Independent Premium'] }, {}, 'story-new')).toEqual({
      'story-new': ['independent premium'],
    });
  });
});
