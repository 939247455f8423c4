/**
 * Node-only: the bundled builder input — the articles on disk plus the curated
 * catalog — for `npm run dossier` and the extension build (wxt.config.ts).
 */
import type { BuildInput } from '../build/validate';
import { CATALOG } from '../catalog/entries';
import { EVENTS } from '../catalog/events';
import { REPO_ROOT, loadArticles } from './articles';

export { REPO_ROOT, loadArticles } from './articles';

/** Everything the bundled dossier is built from. `root` is the repository root. */
export async function loadBundledInput(root: string = REPO_ROOT): Promise<BuildInput> {
  return { articles: await loadArticles(root), catalog: CATALOG, events: EVENTS };
}
