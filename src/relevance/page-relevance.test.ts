import { describe, expect, it } from 'vitest';
import {
  ABOUT_SCORE,
  isMarked,
  judgePage,
  placesOf,
  storyProfile,
  type BlockObservation,
  type MarkPolicy,
  type StoryProfile,
} from './page-relevance';

const STORY: StoryProfile = storyProfile({ id: 'kursk', name: { de: 'Kursk', en: 'Kursk' } }, [
  { id: 'kursk', tier: 'story' },
  { id: 'kcna', tier: 'story' },
  { id: 'gerassimow', tier: 'story' },
  { id: 'germany', tier: 'background' },
  { id: 'russia', tier: 'background' },
  { id: 'north-korea', tier: 'background' },
  { id: 'usa', tier: 'background' },
  { id: 'own' },
]);

const LONG = 120;
const block = (region: BlockObservation['region'], entries: string[] = [], chars = LONG): BlockObservation => ({
  region,
  chars,
  entries,
});

describe('the page decision', () => {
  it('finds the lead: the first two long prose blocks after the headline', () => {
    const places = placesOf([
      block('body', [], 20),
      block('headline'),
      block('body', [], 30),
      block('body'),
      block('aside'),
      block('body'),
      block('body'),
    ]);
    expect(places).toEqual(['body', 'headline', 'body', 'lead', 'aside', 'lead', 'body']);
  });

  it('judges an article about the story from its headline, lead and text', () => {
    const j = judgePage(
      {
        title: ['kursk'],
        blocks: [
          block('headline', ['kursk', 'north-korea']),
          block('body', ['kcna', 'russia']),
          block('body', ['gerassimow', 'kursk']),
        ],
      },
      STORY,
    );
    expect(j.about).toBe(true);
    expect(j.score).toBeGreaterThanOrEqual(ABOUT_SCORE);
    expect(j.evidence[0]).toMatchObject({ entry: 'kursk', best: 'title', tier: 'story' });
  });

  it('never judges a page about the story from general names alone, however many', () => {
    const many = Array.from({ length: 50 }, () => block('body', ['germany', 'usa', 'russia', 'north-korea']));
    const j = judgePage(
      { title: ['germany', 'russia'], blocks: [block('headline', ['germany', 'russia']), ...many] },
      STORY,
    );
    expect(j.about).toBe(false);
    expect(j.storyEntriesAtTop).toBe(0);
  });

  it('does not count story names that stand only in navigation, footer or sidebar', () => {
    const j = judgePage(
      {
        title: [],
        blocks: [
          block('boilerplate', ['kursk', 'kcna', 'gerassimow']),
          block('headline', ['germany']),
          block('body', ['usa']),
          block('aside', ['kursk', 'kcna', 'gerassimow', 'kursk']),
          block('boilerplate', ['kursk']),
        ],
      },
      STORY,
    );
    expect(j.about).toBe(false);
    expect(j.score).toBeLessThan(ABOUT_SCORE);
  });

  it('needs a story name at the top: names deep in a news roundup do not make it about the story', () => {
    const roundup = judgePage(
      {
        title: ['russia'],
        blocks: [
          block('headline', ['russia']),
          block('body'),
          block('body'),
          block('body', ['kursk', 'kcna', 'gerassimow', 'kursk']),
        ],
      },
      STORY,
    );
    expect(roundup.about).toBe(false);
    expect(roundup.storyEntriesInText).toBe(3);
  });

  it("counts a page whose top names only the story's general names when its text names the story repeatedly", () => {
    // The headline and its lead name only general names.
    const top = [block('headline', ['north-korea', 'russia']), block('body', ['russia']), block('body')];
    // "Nordkorea bestätigt Einsatz in Russland" above a text about Kursk, KCNA, Gerassimow.
    const about = judgePage(
      { title: [], blocks: [...top, block('body', ['kursk', 'kcna']), block('body', ['kursk', 'gerassimow'])] },
      STORY,
    );
    expect(about.storyEntriesAtTop).toBe(0);
    expect(about.about).toBe(true);
    // One mention each is a roundup's passing mention, not a page about the story.
    const passing = judgePage({ title: [], blocks: [...top, block('body'), block('body', ['kursk', 'kcna'])] }, STORY);
    expect(passing.about).toBe(false);
    // General names at the top need company: one is not enough.
    const one = judgePage(
      {
        title: [],
        blocks: [
          block('headline', ['russia']),
          block('body'),
          block('body'),
          block('body', ['kursk', 'kcna', 'kursk']),
        ],
      },
      STORY,
    );
    expect(one.about).toBe(false);
  });

  it('turns on as the page grows: the verdict follows the blocks it is given', () => {
    const start = [block('headline', ['kursk']), block('body')];
    expect(judgePage({ title: [], blocks: start }, STORY).about).toBe(false);
    const grown = [...start, block('body', ['kcna', 'gerassimow', 'russia'])];
    expect(judgePage({ title: [], blocks: grown }, STORY).about).toBe(true);
  });

  it("counts an entry without a tier (the reader's own) as a story entry", () => {
    expect(STORY.tiers.own).toBe('story');
  });
});

describe('which marks follow', () => {
  const policy = (over: Partial<MarkPolicy> = {}): MarkPolicy => ({
    aboutStories: new Set(),
    stories: [STORY],
    markWhere: 'story-pages',
    markBoilerplate: false,
    everythingHere: false,
    ...over,
  });

  it('marks everything but boilerplate on a page about the story', () => {
    const p = policy({ aboutStories: new Set(['kursk']) });
    expect(isMarked({ entry: 'germany', region: 'body' }, p)).toBe(true);
    expect(isMarked({ entry: 'kursk', region: 'aside', form: 'generic' }, p)).toBe(true);
    expect(isMarked({ entry: 'kursk', region: 'boilerplate' }, p)).toBe(false);
  });

  it('elsewhere marks only story entries named for sure', () => {
    const p = policy();
    expect(isMarked({ entry: 'germany', region: 'body' }, p)).toBe(false);
    expect(isMarked({ entry: 'kursk', region: 'body' }, p)).toBe(true);
    expect(isMarked({ entry: 'kursk', region: 'body', form: 'short' }, p)).toBe(true);
    expect(isMarked({ entry: 'kursk', region: 'body', form: 'generic' }, p)).toBe(false);
  });

  it('follows the reader: everywhere, everything on this page, boilerplate too', () => {
    expect(isMarked({ entry: 'germany', region: 'body' }, policy({ markWhere: 'everywhere' }))).toBe(true);
    expect(isMarked({ entry: 'germany', region: 'body' }, policy({ everythingHere: true }))).toBe(true);
    expect(isMarked({ entry: 'germany', region: 'boilerplate' }, policy({ everythingHere: true }))).toBe(false);
    expect(isMarked({ entry: 'kursk', region: 'boilerplate' }, policy({ markBoilerplate: true }))).toBe(true);
  });

  it('marks an entry of several stories by the story that claims it most', () => {
    const other: StoryProfile = {
      id: 'other',
      name: { de: 'x', en: 'x' },
      tiers: { germany: 'story', russia: 'background' },
    };
    // A story entry of one story is marked for sure anywhere, though background in another.
    expect(isMarked({ entry: 'germany', region: 'body' }, policy({ stories: [STORY, other] }))).toBe(true);
    expect(isMarked({ entry: 'russia', region: 'body' }, policy({ stories: [STORY, other] }))).toBe(false);
    expect(
      isMarked(
        { entry: 'russia', region: 'body' },
        policy({ stories: [STORY, other], aboutStories: new Set(['other']) }),
      ),
    ).toBe(true);
    // An entry of no story at all is treated as a story entry.
    expect(isMarked({ entry: 'unknown', region: 'body' }, policy())).toBe(true);
  });
});
