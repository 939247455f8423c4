/**
 * A story pack: one story as a file, in the export format (a valid dossier with the
 * story's articles and timeline, and the reader's entries, notes and hidden entries for
 * it, and the proposals the reader rejected in it), so importing it runs the same checks as any import and a bad pack is refused whole.
 * The first story's pack is the dossier as stored with the first story's own entries.
 */
import { dossierHash } from '../dossier/build/hash';
import type { Entry } from '../dossier/types';
import { ownEntry, slug, storyView, type ReaderState } from '../storage/reader-rules';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, STORY_PACK_KIND, type ExportFile } from './schema';

export async function storyPackFile(
  state: ReaderState,
  storyId: string,
  now = new Date(),
  rejected: readonly string[] = [],
): Promise<ExportFile | null> {
  const view = storyView(state, storyId);
  if (!view) return null;
  const { story } = view;
  const name = story.bundled && state.dossier.story ? state.dossier.story.name : story.name;
  const listed = new Set(story.entries);
  const ownById = new Map(state.own.entries.map((e) => [e.id, e]));
  // The reader's entries as stored; a dossier entry a story of the reader's shares goes by its names only.
  const own: Entry[] = [...listed].flatMap((id) => {
    const stored = ownById.get(id);
    if (stored) return [stored];
    const base = state.dossier.entries.find((e) => e.id === id);
    if (!base || story.bundled) return [];
    return [{ ...ownEntry(base.id, { name: base.name.de, aliases: base.aliases, kind: base.kind }), name: base.name }];
  });
  const dossierEntries = story.bundled ? state.dossier.entries : [];
  const inPack = new Set([...dossierEntries, ...own].map((e) => e.id));
  const content = {
    schemaVersion: state.dossier.schemaVersion,
    story: { id: story.id, name },
    articles: view.articles.map(({ story: _story, ...article }) => article),
    entries: dossierEntries,
    timeline: view.timeline,
  };
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    kind: STORY_PACK_KIND,
    exportedAt: now.toISOString(),
    dossier: { ...content, hash: await dossierHash(content) },
    own: {
      entries: own,
      notes: state.own.notes
        .filter((n) => inPack.has(n.entry))
        .sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0)),
      hidden: state.own.hidden.filter((h) => inPack.has(h)).sort(),
    },
    ...(rejected.length > 0 ? { rejected: [...rejected] } : {}),
  };
}

export function storyPackFileName(storyName: string, now = new Date()): string {
  return `kontext-story-${slug(storyName)}-${now.toISOString().slice(0, 10)}.json`;
}
