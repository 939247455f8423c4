import { describe, expect, it } from 'vitest';
import { NEW_STORY, preselectStory, storyChoice } from './add-article';

const story = (id: string, about: boolean, score: number) => ({ id, about, score });

describe('the story an added article goes to', () => {
  it('preselects the story the page is most about', () => {
    expect(preselectStory([story('first', true, 5), story('mine', true, 9)])).toBe('mine');
    expect(preselectStory([story('first', false, 3), story('mine', true, 4)])).toBe('mine');
  });

  it('else the first story offered, or none when none is', () => {
    expect(preselectStory([story('first', false, 3), story('mine', false, 9)])).toBe('first');
    expect(preselectStory([])).toBe('');
  });

  it('says an existing story by id, a new one by its name in the reader’s language, none as the first', () => {
    expect(storyChoice('mine', 'ignored', 'de')).toEqual({ story: 'mine' });
    expect(storyChoice(NEW_STORY, 'Hafen von Rason', 'de')).toEqual({ newStory: { de: 'Hafen von Rason' } });
    expect(storyChoice(NEW_STORY, 'Port of Rason', 'en')).toEqual({ newStory: { en: 'Port of Rason' } });
    expect(storyChoice('', '', 'de')).toEqual({});
  });
});
