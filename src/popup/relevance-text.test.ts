import { describe, expect, it } from 'vitest';
import type { StoryVerdict } from '../messaging/protocol';
import { translator } from '../ui/i18n';
import { whyText } from './relevance-text';

const name = (de: string) => ({ de, en: de });
const verdict = (about: boolean, evidence: StoryVerdict['evidence']): StoryVerdict => ({
  id: 's',
  name: name('Story'),
  about,
  score: 0,
  evidence,
});

describe("the popup's why", () => {
  it('names the story entries and where they stand on a page about the story', () => {
    const text = whyText(
      verdict(true, [
        { entry: 'kursk', name: name('Kursk'), tier: 'story', place: 'headline', count: 3 },
        { entry: 'germany', name: name('Deutschland'), tier: 'background', place: 'title', count: 9 },
        { entry: 'kcna', name: name('KCNA'), tier: 'story', place: 'lead', count: 1 },
      ]),
      'de',
      translator('de'),
    );
    expect(text).toBe('Namen der Geschichte auf dieser Seite: Kursk (in der Überschrift), KCNA (im Vorspann).');
  });

  it('says what was found, and what it takes, on a page not about the story', () => {
    const t = translator('en');
    expect(
      whyText(
        verdict(false, [{ entry: 'kursk', name: name('Kursk'), tier: 'story', place: 'body', count: 1 }]),
        'en',
        t,
      ),
    ).toBe(
      'Found: Kursk (in the text). For that, a name of the story would have to stand in the title, headline or lead, and the page would have to name more of it.',
    );
    expect(
      whyText(
        verdict(false, [{ entry: 'kursk', name: name('Kursk'), tier: 'story', place: 'aside', count: 4 }]),
        'en',
        t,
      ),
    ).toBe('No name of the story stands in the headline or text.');
  });
});
