/**
 * The shape of a Kontext export file, as a valibot schema: everything imported is
 * checked against it before anything is written. `v.object` drops keys it does not
 * know, so what passes is a fresh object with exactly the contract's fields.
 */
import * as v from 'valibot';
import { isHttpUrl } from '../article/url';
import { isIsoDate } from '../dossier/iso-date';
import { DOSSIER_SCHEMA_VERSION, ENTRY_KINDS, TIERS, type Dossier, type Entry } from '../dossier/types';
import { MAX_REJECTIONS_PER_STORY } from '../dossier-page/rejection-rules';
import type { Note } from '../storage/db';

export const EXPORT_FORMAT = 'kontext-export';
export const EXPORT_FORMAT_VERSION = 1;
export const STORY_PACK_KIND = 'story-pack';

/** Tags for custom checks; `import-file.ts` turns them into coded problems (`src/errors.ts`). */
export const CHECK = {
  id: 'id',
  isoDate: 'iso-date',
  markup: 'markup',
  script: 'script',
  blank: 'blank',
  url: 'url',
} as const;

const MAX_TEXT = 2_000_000;
const MAX_SHORT = 2_000;
const MAX_NAME = 200;
const MAX_LIST = 10_000;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}$/;

/**
 * A script payload in a longer text: an HTML tag or a `javascript:` URL. Nothing in a news
 * text or a note needs one, and a file carrying one was made to attack, so it is refused
 * (shown as text it would be harmless: nothing here reaches the DOM as HTML).
 */
// As HTML reads it: `<` directly followed by a letter, `/` or `!` opens a tag ("a < b" does not).
const SCRIPT_PAYLOAD = /<\/?[a-z!][^>]*>|javascript\s*:/i;
const text = (max = MAX_TEXT) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => !SCRIPT_PAYLOAD.test(s), CHECK.script),
  );
const id = v.pipe(v.string(), v.regex(ID, CHECK.id));
const isoDate = v.pipe(v.string(), v.check(isIsoDate, CHECK.isoDate));
/** Names, aliases, titles: plain words. Markup there is a sign of a crafted file, not of a name. */
const name = v.pipe(
  v.string(),
  v.maxLength(MAX_NAME),
  v.check((s) => !/[<>]/.test(s), CHECK.markup),
  v.check((s) => s.trim() !== '', CHECK.blank),
);
const list = <T extends v.GenericSchema>(item: T, max = MAX_LIST) => v.pipe(v.array(item), v.maxLength(max));

/**
 * Proposals the reader rejected in a story, by the matcher's keys of their names (at most as many as
 * Kontext keeps per story). Absent in files written before rejections went with the reader's data.
 */
const rejected = v.optional(list(name, MAX_REJECTIONS_PER_STORY));

const localized = v.object({ de: text(MAX_SHORT * 5), en: text(MAX_SHORT * 5) });
const sourceRef = v.object({ article: id, quote: text(MAX_SHORT * 5) });

export const articleSchema = v.object({
  id,
  title: v.pipe(
    v.string(),
    v.maxLength(MAX_SHORT),
    v.check((s) => !/[<>]/.test(s), CHECK.markup),
    v.check((s) => s.trim() !== '', CHECK.blank),
  ),
  outlet: v.optional(name),
  date: v.optional(isoDate),
  dateline: v.optional(text(MAX_NAME)),
  dateRange: v.optional(v.object({ from: isoDate, to: isoDate })),
  language: v.picklist(['de', 'en']),
  text: v.pipe(
    text(MAX_TEXT),
    v.check((s) => s.trim() !== '', CHECK.blank),
  ),
  basis: v.optional(v.record(v.string(), text(MAX_SHORT))),
  url: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT), v.check(isHttpUrl, CHECK.url))),
  author: v.optional(name),
  addedByReader: v.optional(v.boolean()),
});

const fact = v.object({
  text: v.object({ de: text(MAX_SHORT * 5), en: v.optional(text(MAX_SHORT * 5)) }),
  date: v.optional(isoDate),
  sources: list(sourceRef, 200),
});

const evidence = v.object({
  article: id,
  quote: text(MAX_SHORT * 5),
  also: v.optional(list(sourceRef, 200)),
});

const claim = v.object({ by: name, byEn: v.optional(name), text: localized, sources: list(sourceRef, 200) });
const dispute = v.object({ topic: localized, claims: list(claim, 50) });
const citedSentence = v.object({ de: text(MAX_SHORT * 5), en: text(MAX_SHORT * 5), sources: list(sourceRef, 200) });
const names = list(name, 500);

const matchRules = v.object({
  short: v.optional(names),
  generic: v.optional(names),
  context: v.optional(list(id, 500)),
  caseSensitive: v.optional(names),
  blockers: v.optional(list(text(MAX_NAME), 500)),
});

export const entrySchema = v.object({
  id,
  kind: v.picklist(ENTRY_KINDS),
  name: v.object({ de: name, en: name }),
  aliases: v.pipe(names, v.minLength(1)),
  role: localized,
  summary: localized,
  summarySentences: list(citedSentence, 100),
  facts: list(fact, 500),
  disputes: v.optional(list(dispute, 50)),
  related: list(id, 500),
  evidence: list(evidence, MAX_LIST),
  sources: list(sourceRef, MAX_LIST),
  match: matchRules,
  importance: v.picklist([1, 2, 3]),
  tier: v.optional(v.picklist(TIERS)),
  mentions: v.record(id, v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const timelineEvent = v.object({
  id: v.optional(id),
  date: isoDate,
  precision: v.optional(v.picklist(['day', 'month', 'season', 'year'])),
  season: v.optional(v.picklist(['spring', 'summer', 'autumn', 'winter'])),
  text: localized,
  entries: list(id, 500),
  sources: list(sourceRef, 200),
  anchors: v.optional(list(v.object({ words: text(MAX_NAME), event: id }), 50)),
  fromReader: v.optional(v.boolean()),
});

export const dossierSchema = v.object({
  schemaVersion: v.literal(DOSSIER_SCHEMA_VERSION),
  hash: v.pipe(v.string(), v.maxLength(200)),
  story: v.optional(v.object({ id, name: v.object({ de: name, en: name }) })),
  articles: list(articleSchema, 1_000),
  entries: list(entrySchema, MAX_LIST),
  timeline: list(timelineEvent, MAX_LIST),
});

const note = v.object({
  entry: id,
  text: text(10_000),
  updatedAt: v.pipe(v.number(), v.finite()),
});

/**
 * The reader's stories: the first (`first`, the dossier's; its articles are the dossier's) and
 * the reader's own with their articles. Each lists the reader's entries that belong to it.
 * Absent in files written before stories existed.
 */
const storyRecord = v.object({
  id,
  name: v.object({ de: name, en: name }),
  enabled: v.boolean(),
  first: v.optional(v.boolean()),
  created: v.optional(v.pipe(v.number(), v.finite())),
  entries: list(id, MAX_LIST),
  articles: list(articleSchema, 1_000),
  rejected,
});

export const exportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.literal(EXPORT_FORMAT_VERSION),
  /** `story-pack`: one story, imported as a story; the full import refuses it. */
  kind: v.optional(v.literal(STORY_PACK_KIND)),
  exportedAt: v.optional(v.pipe(v.string(), v.maxLength(100))),
  dossier: dossierSchema,
  own: v.object({
    entries: list(entrySchema, MAX_LIST),
    notes: list(note, MAX_LIST),
    hidden: list(id, MAX_LIST),
  }),
  stories: v.optional(list(storyRecord, 200)),
  /** A story pack's rejected proposals (a full export keeps them with each of its `stories`). */
  rejected,
});

export type ExportedStory = v.InferOutput<typeof storyRecord>;

/** What passes the schema, typed by the dossier contract (the schema's output is assignable to it). */
export type ExportFile = Omit<v.InferOutput<typeof exportSchema>, 'dossier' | 'own'> & {
  dossier: Dossier;
  own: { entries: Entry[]; notes: Note[]; hidden: string[] };
};
const _schemaMatchesContract: ExportFile = null as unknown as v.InferOutput<typeof exportSchema>;
void _schemaMatchesContract;
