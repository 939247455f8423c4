/**
 * Node-only: the bundled builder input — the articles on disk plus the curated
 * catalog — for `npm run dossier` and the extension build (wxt.config.ts).
 */
import type { BuildInput } from '../build/validate';
import { CATALOG } from '../catalog/entries';
import { EVENTS } from '../catalog/events';
import { NAME_COMMONNESS } from '../catalog/name-commonness';
import { BUNDLED_STORY } from '../catalog/story';
import { TIER_OVERRIDES } from '../catalog/tiers';
import { REPO_ROOT, loadArticles } from './articles';

/** Everything the bundled dossier is built from. `root` is the repository root. */
export async function loadBundledInput(root: string = REPO_ROOT): Promise<BuildInput> {
  const catalog = CATALOG.map((e) => (TIER_OVERRIDES[e.id] ? { ...e, tier: TIER_OVERRIDES[e.id]!.tier } : e));
  return {
    articles: await loadArticles(root),
    catalog,
    events: EVENTS,
    story: BUNDLED_STORY,
    commonness: NAME_COMMONNESS,
  };
}
