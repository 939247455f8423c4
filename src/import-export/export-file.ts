/**
 * The export file: the whole dossier as the reader has it (base plus the reader's
 * articles, a valid `Dossier` by the dossier contract) and the reader's own entries,
 * notes and hidden entries, and the reader's stories with their articles and the proposals rejected
 * in each. Importing it with
 * "replace" gives back the same data.
 */
import { dossierHash } from '../dossier/build/hash';
import type { RejectionRecord } from '../dossier-page/rejection-rules';
import type { StoredStory } from '../storage/db';
import type { StoredState } from '../storage/reader-rules';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportedStory, type ExportFile } from './schema';

export async function exportFile(
  state: StoredState & { stories?: readonly StoredStory[] },
  now = new Date(),
  rejections: RejectionRecord = {},
): Promise<ExportFile> {
  const { schemaVersion, story, articles, entries, timeline } = state.dossier;
  const content = { schemaVersion, ...(story ? { story } : {}), articles, entries, timeline };
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    dossier: {
      schemaVersion,
      hash: await dossierHash(content),
      ...(story ? { story } : {}),
      articles,
      entries,
      timeline,
    },
    own: {
      entries: state.own.entries,
      notes: [...state.own.notes].sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0)),
      hidden: [...state.own.hidden].sort(),
    },
    ...(state.stories
      ? { stories: state.stories.map((story) => exportedStory(story, state, rejections[story.id])) }
      : {}),
  };
}

/** A story as the file carries it: the first without articles (they are the dossier's). */
function exportedStory(story: StoredStory, state: StoredState, rejected: readonly string[] = []): ExportedStory {
  return {
    id: story.id,
    name: story.name,
    enabled: story.enabled,
    // The first story is the dossier's own: made anew wherever the file goes.
    ...(story.bundled ? { first: true } : { created: story.created }),
    entries: story.entries,
    articles: story.bundled
      ? []
      : state.own.articles.filter((a) => a.story === story.id).map(({ story: _story, ...article }) => article),
    ...(rejected.length > 0 ? { rejected: [...rejected] } : {}),
  };
}

export function exportFileName(now = new Date()): string {
  return `kontext-dossier-${now.toISOString().slice(0, 10)}.json`;
}
