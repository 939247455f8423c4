/**
 * Where the tier rule (src/dossier/build/tiers.ts) is overruled, each with its reason.
 *
 * The general news corpus predates Russia's full-scale war (its pages are from before
 * 2022) and holds little world politics, so it cannot know the people and institutions
 * that all news has named since: they are set here. Each reason says why a reader meets
 * the name on pages that are not about this story.
 */
import type { TierOverride } from '../build/tiers';

const WAR_NEWS = 'named in all news on the war in Ukraine since 2022, not only in this story';

export const TIER_OVERRIDES: Readonly<Record<string, TierOverride>> = {
  selenskyj: { tier: 'background', why: `Ukraine's president: ${WAR_NEWS}` },
  kremlin: { tier: 'background', why: "stands for Russia's government in all news on Russia" },
  peskow: { tier: 'background', why: 'the Kremlin spokesman, quoted in all news on Russia' },
  tass: { tier: 'background', why: 'a news agency, cited like dpa, AFP and Reuters in all kinds of news' },
  handelsblatt: { tier: 'background', why: 'a newspaper: outlets are named in all kinds of news' },
  gnews: { tier: 'background', why: 'a news site: outlets are named in all kinds of news' },
  'western-sanctions': {
    tier: 'background',
    why: 'sanctions against Russia are named in all news on Russia since 2014',
  },
  'auswaertiges-amt': { tier: 'background', why: "Germany's foreign office, in all German news on foreign policy" },
  pistorius: { tier: 'background', why: "Germany's defence minister, in all German news on defence" },
  healey: { tier: 'background', why: "the UK's defence secretary, in all British news on defence" },
  'lloyd-austin': { tier: 'background', why: 'the US defence secretary (2021–2025), in all news on US defence' },
  'yoon-suk-yeol': { tier: 'background', why: "South Korea's president (2022–2025), in all news on South Korea" },
  crimea: { tier: 'background', why: WAR_NEWS },
  donetsk: { tier: 'background', why: WAR_NEWS },
  'donetsk-peoples-republic': { tier: 'background', why: WAR_NEWS },
  'ukraine-war': { tier: 'background', why: `the war as a whole: ${WAR_NEWS}` },
  'ukrainian-armed-forces': { tier: 'background', why: WAR_NEWS },
  'russian-armed-forces': { tier: 'background', why: WAR_NEWS },
  kriegspartei: {
    tier: 'background',
    why: 'whether a state becomes a party to the war is asked in all news on arms for Ukraine',
  },
  'un-security-council': { tier: 'background', why: 'an institution named in all news on foreign affairs' },
  'us-state-department': { tier: 'background', why: 'an institution named in all news on US foreign policy' },
  'universitaet-koeln': { tier: 'background', why: 'a university: named in all kinds of news' },
  voelkerrecht: { tier: 'background', why: 'international law: a general concept of all news on foreign affairs' },
};
