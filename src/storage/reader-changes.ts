/**
 * The reader's changes to the dossier as messages: what the dossier page and the
 * options page send, checked here (the background trusts no message's shape) and
 * applied by the one `DossierStore`. Every refusal is a coded error (`src/errors.ts`) the
 * page words in the reader's language, so a refused change never fails silently.
 */
import * as v from 'valibot';
import { coded, ReaderError, withReason, type CodedError } from '../errors';
import { ENTRY_KINDS } from '../dossier/types';
import { MAX_ARTICLE_CHARS, MAX_NOTE_CHARS } from '../limits';
import { checkImportText, type ImportProblem } from '../import-export/import-file';
import { forgetCachedProposals } from '../dossier-page/proposal-cache';
import { rejectionsOfFile } from '../dossier-page/rejection-rules';
import { forgetRejections, importRejections } from '../dossier-page/rejections';
import { DossierStore } from './dossier-store';
import { ReaderDataError, type ImportSummary } from './reader-rules';

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
/**
 * What a message may carry: twice the stored limit, so a text just over the limit reaches
 * the store, whose refusal says which limit (a schema refusal could only say "invalid").
 */
const carried = (limit: number) => str(2 * limit);

const storyName = v.object({ de: v.optional(str(400)), en: v.optional(str(400)) });

const changeSchema = v.variant('op', [
  v.object({
    op: v.literal('addArticle'),
    article: v.object({
      title: str(2_000),
      outlet: v.optional(str(200)),
      date: v.optional(str(20)),
      language: v.picklist(['de', 'en']),
      text: carried(MAX_ARTICLE_CHARS),
      url: v.optional(str(2_000)),
      author: v.optional(str(500)),
    }),
    /** The story it goes to (the first when absent)… */
    story: v.optional(str(200)),
    /** …or a new story of this name, made for it. */
    newStory: v.optional(storyName),
  }),
  v.object({ op: v.literal('removeArticle'), id: str(200) }),
  v.object({
    op: v.literal('saveOwnEntry'),
    entry: v.object({
      id: v.optional(str(200)),
      name: str(200),
      aliases: v.pipe(v.array(str(200)), v.maxLength(100)),
      kind: v.picklist(ENTRY_KINDS),
      note: v.optional(carried(MAX_NOTE_CHARS)),
      role: v.optional(str(500)),
      short: v.optional(v.pipe(v.array(str(200)), v.maxLength(100))),
      caseSensitive: v.optional(v.pipe(v.array(str(200)), v.maxLength(100))),
      // An accepted proposal's sentences: the store checks each is verbatim in its article.
      summary: v.optional(
        v.pipe(v.array(v.object({ article: str(200), quote: v.pipe(str(5_000), v.minLength(1)) })), v.maxLength(3)),
      ),
    }),
    /** The stories it belongs to (a new entry: the first story when absent; an edited one keeps its stories). */
    stories: v.optional(v.pipe(v.array(str(200)), v.maxLength(100))),
  }),
  v.object({ op: v.literal('createStory'), name: storyName }),
  v.object({ op: v.literal('renameStory'), id: str(200), name: storyName }),
  v.object({ op: v.literal('setStoryEnabled'), id: str(200), enabled: v.boolean() }),
  v.object({ op: v.literal('deleteStory'), id: str(200) }),
  v.object({
    op: v.literal('setEntryStories'),
    entry: str(200),
    stories: v.pipe(v.array(str(200)), v.maxLength(200)),
  }),
  v.object({ op: v.literal('deleteOwnEntry'), id: str(200) }),
  v.object({ op: v.literal('setNote'), entry: str(200), text: carried(MAX_NOTE_CHARS) }),
  v.object({ op: v.literal('setHidden'), entry: str(200), hidden: v.boolean() }),
  // The file's text: the background checks it itself before anything is written.
  v.object({ op: v.literal('import'), text: v.string(), mode: v.picklist(['merge', 'replace']) }),
  v.object({ op: v.literal('reset'), dropOwn: v.boolean() }),
  // A story pack's text, imported as a new story; checked like any import file.
  v.object({ op: v.literal('importStory'), text: v.string() }),
]);

export type ReaderChange = v.InferOutput<typeof changeSchema>;

export type ReaderChangeResult =
  | {
      ok: true;
      articleId?: string;
      mentioned?: string[];
      updated?: boolean;
      entryId?: string;
      /** The story an article went to, or the story just made. */
      storyId?: string;
      imported?: ImportSummary;
    }
  | { ok: false; error: CodedError; problems: ImportProblem[] };

export async function applyReaderChange(store: DossierStore, message: unknown): Promise<ReaderChangeResult> {
  const parsed = v.safeParse(changeSchema, message);
  if (!parsed.success) {
    return { ok: false, error: coded('changeInvalid'), problems: [] };
  }
  const change = parsed.output;
  try {
    switch (change.op) {
      case 'addArticle': {
        // A new story is made in the same step as its first article; a refused article leaves none behind.
        const target = change.newStory ? (await store.createStory(change.newStory)).id : change.story;
        try {
          const { id, entries, updated, story } = await store.addArticle(change.article, target);
          return { ok: true, articleId: id, mentioned: entries, updated, storyId: story };
        } catch (error) {
          if (change.newStory && target) await store.deleteStory(target);
          throw error;
        }
      }
      case 'removeArticle':
        await store.removeArticle(change.id);
        return { ok: true };
      case 'saveOwnEntry':
        return { ok: true, entryId: (await store.saveOwnEntry(change.entry, change.stories)).id };
      case 'createStory':
        return { ok: true, storyId: (await store.createStory(change.name)).id };
      case 'renameStory':
        await store.renameStory(change.id, change.name);
        return { ok: true };
      case 'setStoryEnabled':
        await store.setStoryEnabled(change.id, change.enabled);
        return { ok: true };
      case 'deleteStory':
        await store.deleteStory(change.id);
        await forgetRejections(change.id);
        await forgetCachedProposals(change.id);
        return { ok: true };
      case 'setEntryStories':
        await store.setEntryStories(change.entry, change.stories);
        return { ok: true };
      case 'deleteOwnEntry':
        await store.deleteOwnEntry(change.id);
        return { ok: true };
      case 'setNote':
        await store.setNote(change.entry, change.text);
        return { ok: true };
      case 'setHidden':
        await store.setHidden(change.entry, change.hidden);
        return { ok: true };
      case 'import': {
        const check = checkImportText(change.text);
        if (!check.ok) {
          return { ok: false, error: coded('importRefused'), problems: check.problems };
        }
        const { storyIds, replacedStories, ...imported } = await store.importData(check.file, change.mode);
        // The data is in: the rejections follow their stories (a file from before them has none).
        await importRejections(rejectionsOfFile(check.file, storyIds), replacedStories);
        return { ok: true, imported };
      }
      case 'reset':
        await store.reset(change.dropOwn);
        // The reader's stories go with their own data, and with them what they rejected.
        if (change.dropOwn) {
          await forgetRejections();
          await forgetCachedProposals();
        }
        return { ok: true };
      case 'importStory': {
        const check = checkImportText(change.text);
        if (!check.ok) return { ok: false, error: coded('importRefused'), problems: check.problems };
        const { story, articles, entries, notes } = await store.importStory(check.file);
        await importRejections(rejectionsOfFile(check.file, {}, story.id));
        return {
          ok: true,
          storyId: story.id,
          imported: { mode: 'story', baseTaken: true, articles, entries, notes, hidden: 0 },
        };
      }
    }
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    return {
      ok: false,
      error:
        change.op === 'import' || change.op === 'importStory'
          ? withReason(coded('importRefused'), refusal.error)
          : refusal.error,
      problems: refusal.problems,
    };
  }
}

/** A refusal by the store, as a code; null for anything else (the caller's to handle). */
function refusalOf(error: unknown): { error: CodedError; problems: ImportProblem[] } | null {
  if (error instanceof ReaderDataError) {
    return {
      error: error.coded,
      problems: error.problems.map((detail) => ({ path: '', error: coded('buildProblem', { detail }) })),
    };
  }
  if (error instanceof ReaderError) return { error: error.coded, problems: [] };
  return null;
}
