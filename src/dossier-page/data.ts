/**
 * The dossier page's data: asks the background once (so the store is seeded), then
 * reads IndexedDB directly and derives what the views need. Reloads whenever the
 * dossier version changes (the reader changed something here or in another tab).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Article, Dossier, Entry } from '../dossier/types';
import { coded, codedErrorOf, ReaderError, withReason, type CodedError } from '../errors';
import { aliasSetFor, compileMatcher, type Matcher } from '../matching';
import { withOwnFindings } from '../storage/own-evidence';
import { sendToBackground } from '../messaging/client';
import { openDossierDB } from '../storage/db';
import { watchDossierVersion } from '../storage/dossier-version';
import { readStoredState } from '../storage/dossier-store';
import type { ReaderState } from '../storage/reader-rules';
import { DossierSearch } from './search';

export interface DossierData {
  state: ReaderState;
  dossier: Dossier;
  /** Every entry, the dossier's and the reader's own, hidden ones included. */
  entries: Entry[];
  entryById: ReadonlyMap<string, Entry>;
  articleById: ReadonlyMap<string, Article>;
  own: ReadonlySet<string>;
  hidden: ReadonlySet<string>;
  notes: ReadonlyMap<string, string>;
  search: DossierSearch;
  /** The matcher over every entry, hidden ones included (the viewer shows what the text names). */
  matcher: Matcher;
}

export async function loadDossierData(): Promise<DossierData> {
  // The background seeds the store before it answers.
  await sendToBackground({ type: 'getMatchIndex' });
  const db = await openDossierDB();
  try {
    return derive(await readStoredState(db));
  } finally {
    db.close();
  }
}

function derive(state: ReaderState): DossierData {
  // Every article: the dossier's, and the reader's of every story.
  const articles = [...new Map([...state.dossier.articles, ...state.own.articles].map((a) => [a.id, a])).values()];
  // Own entries are not built into the dossier: their mentions and evidence are found here.
  const ownEntries = withOwnFindings(state.own.entries, articles);
  const entries = [...state.dossier.entries, ...ownEntries];
  const notes = new Map(state.own.notes.map((n) => [n.entry, n.text]));
  return {
    state,
    dossier: state.dossier,
    entries,
    entryById: new Map(entries.map((e) => [e.id, e])),
    articleById: new Map(articles.map((a) => [a.id, a])),
    own: new Set(ownEntries.map((e) => e.id)),
    hidden: new Set(state.own.hidden),
    notes,
    search: new DossierSearch(entries, notes),
    matcher: compileMatcher(entries.map((e) => aliasSetFor(e))),
  };
}

export type Loaded =
  { status: 'loading' } | { status: 'error'; error: CodedError } | { status: 'ready'; data: DossierData };

export function useDossierData(): [Loaded, () => Promise<void>] {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const reload = async () => {
    try {
      setLoaded({ status: 'ready', data: await loadDossierData() });
    } catch (error) {
      // A storage condition says itself after the general message; anything else only to the console.
      const failed = coded('dossierLoadFailed');
      setLoaded({
        status: 'error',
        error: error instanceof ReaderError ? withReason(failed, error.coded) : codedErrorOf(error, failed),
      });
    }
  };
  useEffect(() => {
    void reload();
    return watchDossierVersion(() => void reload());
  }, []);
  return [loaded, reload];
}
