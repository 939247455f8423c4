import { describe, expect, it } from 'vitest';
import { NEW_STORY, preselectStory, proposalsHash, shownStory, storyChoice } from './add-article';

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

  it('follows a page decision that comes late until the reader chooses, then keeps the reader’s choice', () => {
    const undecided = [story('first', false, 0), story('mine', false, 0)];
    const decided = [story('first', false, 1), story('mine', true, 6)];
    expect(shownStory(undefined, undecided)).toBe('first');
    expect(shownStory(undefined, decided)).toBe('mine');
    expect(shownStory('first', decided)).toBe('first');
    expect(shownStory(NEW_STORY, decided)).toBe(NEW_STORY);
  });

  it('says an existing story by id, a new one by its name in the reader’s language, none as the first', () => {
    expect(storyChoice('mine', 'ignored', 'de')).toEqual({ story: 'mine' });
    expect(storyChoice(NEW_STORY, 'Hafen von Rason', 'de')).toEqual({ newStory: { de: 'Hafen von Rason' } });
    expect(storyChoice(NEW_STORY, 'Port of Rason', 'en')).toEqual({ newStory: { en: 'Port of Rason' } });
    expect(storyChoice('', '', 'de')).toEqual({});
  });
});

describe('where the story’s proposals are', () => {
  it('is the story’s page for a story of the reader’s own, "your additions" for the first', () => {
    expect(proposalsHash('story-windkraft-1a2b')).toBe('#story=story-windkraft-1a2b');
    expect(proposalsHash('nordkorea-kursk')).toBe('#mine');
  });
});
