/**
 * The proposer off the dossier page's main thread: started by the page as a module worker, it reads
 * the reader's articles and answers with proposals, reporting progress per article on the way.
 */
import { proposeEntries } from '../dossier/propose';
import type { Proposal, ProposeArticle } from '../dossier/propose/types';

export interface ProposeRequest {
  id: number;
  articles: ProposeArticle[];
}

export type ProposeReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; proposals: Proposal[] }
  | { id: number; type: 'error'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ProposeRequest>) => void) | null;
  postMessage(reply: ProposeReply): void;
};

scope.onmessage = (event) => {
  const { id, articles } = event.data;
  try {
    const proposals = proposeEntries(articles, {
      onProgress: (done, total) => scope.postMessage({ id, type: 'progress', done, total }),
    });
    scope.postMessage({ id, type: 'done', proposals });
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
