/**
 * Whether a page is about a story, and which marks follow from that (docs/relevance.md).
 *
 * A page is judged from the entries it mentions and where: each *story* entry scores by
 * the best place it stands in (the title or headline most, then the lead, then the
 * article's prose; asides little; navigation and footers nothing), a little more when the
 * prose repeats it; *background* entries add a quarter of that, capped, since they are
 * common in all news. A page is about the story when the score reaches `ABOUT_SCORE` and a
 * story entry stands in its title, headline or lead, or its top names the story's general
 * names and its text several story entries, repeatedly: what a page is about is said at its
 * top, so names deep in the prose, in a sidebar or in a news roundup do not make a page
 * about the story, and general names alone never do.
 *
 * Pure: the content script describes the page as blocks with regions and mentions.
 */
import type { Localized, Tier } from '../dossier/types';
import type { Region } from './regions';

/** One story as a page is judged against it. */
export interface StoryProfile {
  id: string;
  name: Localized;
  /** Entry id → tier, for every entry of the story. */
  tiers: Readonly<Record<string, Tier>>;
}

/** A story's profile from its entries; an entry without a tier (built before tiers) is a story entry. */
export function storyProfile(
  story: { id: string; name: Localized },
  entries: readonly { id: string; tier?: Tier }[],
): StoryProfile {
  return { id: story.id, name: story.name, tiers: Object.fromEntries(entries.map((e) => [e.id, e.tier ?? 'story'])) };
}

export interface BlockObservation {
  region: Region;
  /** Length of the block's text. */
  chars: number;
  /** Entry id of each mention in the block, in reading order (repeats included). */
  entries: readonly string[];
}

export interface PageObservation {
  /** Entries mentioned in the document's title (`<title>`). */
  title: readonly string[];
  blocks: readonly BlockObservation[];
}

export type Place = 'title' | 'headline' | 'lead' | 'body' | 'aside' | 'boilerplate';

export const PLACE_WEIGHT: Readonly<Record<Place, number>> = {
  title: 3,
  headline: 3,
  lead: 2,
  body: 1,
  aside: 0.25,
  boilerplate: 0,
};
/** Each further mention in the article's text adds this much, up to `REPEAT_CAP`. */
export const REPEAT_WEIGHT = 0.25;
export const REPEAT_CAP = 1;
/** A background entry counts this share of a story entry's weight… */
export const BACKGROUND_FACTOR = 0.25;
/** …and all background entries together at most this much. */
export const BACKGROUND_CAP = 2;
export const ABOUT_SCORE = 4;
/**
 * A page whose top names only the story's general names ("Nordkorea bestätigt Einsatz in
 * Russland") is about the story too when its text names several story entries, some of them
 * more than once: at least this many general names at the top…
 */
export const TOP_BACKGROUND_ENTRIES = 2;
/** …and at least this many different story entries in the text, mentioned this often in all. */
export const TEXT_STORY_ENTRIES = 2;
export const TEXT_STORY_MENTIONS = 3;
/** The lead: the first blocks of prose after the headline, each at least this long. */
export const LEAD_BLOCKS = 2;
export const LEAD_MIN_CHARS = 80;

const IN_TEXT: ReadonlySet<Place> = new Set(['title', 'headline', 'lead', 'body']);
/** Where a page says what it is about. */
const AT_TOP: ReadonlySet<Place> = new Set(['title', 'headline', 'lead']);
const PLACE_ORDER: readonly Place[] = ['title', 'headline', 'lead', 'body', 'aside', 'boilerplate'];

export interface EntryEvidence {
  entry: string;
  tier: Tier;
  /** The most telling place the entry stands in. */
  best: Place;
  /** Mentions anywhere on the page. */
  count: number;
  /** What the entry adds to the score. */
  weight: number;
}

export interface StoryJudgement {
  story: string;
  about: boolean;
  score: number;
  /** Different story entries in the title, headline, lead or prose. */
  storyEntriesInText: number;
  /** Different story entries in the title, headline or lead. */
  storyEntriesAtTop: number;
  /** The story's entries on the page, most telling first: the popup's "why". */
  evidence: EntryEvidence[];
}

/** Each block's place: headlines, the lead after the first headline, prose, asides, boilerplate. */
export function placesOf(blocks: readonly BlockObservation[]): Place[] {
  const firstHeadline = blocks.findIndex((b) => b.region === 'headline');
  let leadLeft = LEAD_BLOCKS;
  return blocks.map((block, i) => {
    if (block.region !== 'body') return block.region;
    if (leadLeft > 0 && i > firstHeadline && block.chars >= LEAD_MIN_CHARS) {
      leadLeft--;
      return 'lead';
    }
    return 'body';
  });
}

export function judgePage(page: PageObservation, story: StoryProfile): StoryJudgement {
  const places = placesOf(page.blocks);
  const found = new Map<string, { best: number; count: number; inText: number }>();
  const see = (entry: string, place: Place): void => {
    if (story.tiers[entry] === undefined) return;
    const rank = PLACE_ORDER.indexOf(place);
    const seen = found.get(entry) ?? { best: PLACE_ORDER.length - 1, count: 0, inText: 0 };
    seen.best = Math.min(seen.best, rank);
    if (place !== 'title') seen.count++;
    if (IN_TEXT.has(place)) seen.inText++;
    found.set(entry, seen);
  };
  for (const entry of new Set(page.title)) see(entry, 'title');
  page.blocks.forEach((block, i) => {
    for (const entry of block.entries) see(entry, places[i]!);
  });

  const evidence: EntryEvidence[] = [];
  let storyScore = 0;
  let backgroundScore = 0;
  let storyEntriesInText = 0;
  let storyEntriesAtTop = 0;
  let storyMentionsInText = 0;
  let backgroundAtTop = 0;
  for (const [entry, seen] of found) {
    const tier = story.tiers[entry]!;
    const best = PLACE_ORDER[seen.best]!;
    const base = PLACE_WEIGHT[best];
    const repeats = IN_TEXT.has(best) ? Math.min(REPEAT_CAP, REPEAT_WEIGHT * Math.max(0, seen.inText - 1)) : 0;
    let weight: number;
    if (tier === 'story') {
      weight = base + repeats;
      storyScore += weight;
      if (IN_TEXT.has(best)) storyEntriesInText++;
      if (AT_TOP.has(best)) storyEntriesAtTop++;
      storyMentionsInText += seen.inText;
    } else {
      weight = BACKGROUND_FACTOR * (base + repeats);
      backgroundScore += weight;
      if (AT_TOP.has(best)) backgroundAtTop++;
    }
    evidence.push({ entry, tier, best, count: seen.count, weight });
  }
  evidence.sort((a, b) => b.weight - a.weight || b.count - a.count || (a.entry < b.entry ? -1 : 1));
  const score = round(storyScore + Math.min(BACKGROUND_CAP, backgroundScore));
  return {
    story: story.id,
    about:
      score >= ABOUT_SCORE &&
      (storyEntriesAtTop > 0 ||
        (backgroundAtTop >= TOP_BACKGROUND_ENTRIES &&
          storyEntriesInText >= TEXT_STORY_ENTRIES &&
          storyMentionsInText >= TEXT_STORY_MENTIONS)),
    score,
    storyEntriesInText,
    storyEntriesAtTop,
    evidence,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// --- which marks follow ---------------------------------------------------------------

export type MarkWhere = 'story-pages' | 'everywhere';

export interface MarkPolicy {
  /** Stories the page is about (judged, or the reader said "mark everything here"). */
  aboutStories: ReadonlySet<string>;
  /** Every story and its tiers. */
  stories: readonly StoryProfile[];
  markWhere: MarkWhere;
  /** Mark in navigation, page header, footer and link lists too. */
  markBoilerplate: boolean;
  /** The reader asked to mark everything on this page. */
  everythingHere: boolean;
}

export interface PolicyMark {
  entry: string;
  region: Region;
  /** A conditional alias form (see Mention.form). */
  form?: 'short' | 'generic';
}

/**
 * Whether a mention is marked: never in boilerplate unless the reader wants it; on a page
 * about one of the entry's stories (or with "everywhere") always; elsewhere only an entry
 * that is a story entry of some story, named for sure: by a full name, or a short form after it, not a generic word that
 * only context makes a name ("Rom", "Artikel 4").
 */
export function isMarked(mark: PolicyMark, policy: MarkPolicy): boolean {
  if (mark.region === 'boilerplate' && !policy.markBoilerplate) return false;
  if (policy.markWhere === 'everywhere' || policy.everythingHere) return true;
  let member = false;
  let storyTier = false;
  for (const story of policy.stories) {
    const tier = story.tiers[mark.entry];
    if (tier === undefined) continue;
    if (policy.aboutStories.has(story.id)) return true;
    member = true;
    storyTier ||= tier === 'story';
  }
  // An entry of no story (possible in an imported file) counts as a story entry.
  return (storyTier || !member) && mark.form !== 'generic';
}
