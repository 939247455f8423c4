/**
 * Node-side helper for the spotter CLI, the evaluation and the benchmark: the alias
 * sets and canonical German names of the curated catalog. Not imported by the content
 * script (which gets its alias sets from the background).
 */
import type { CatalogEntry } from '../dossier/catalog-types';
import { aliasSetFor } from './alias-set';
import type { AliasSet } from './types';

export interface SpotCatalog {
  sets: AliasSet[];
  /** Entry id → canonical German name. */
  names: Map<string, string>;
}

export function spotCatalog(entries: readonly CatalogEntry[]): SpotCatalog {
  return {
    sets: entries.map(aliasSetFor),
    names: new Map(entries.map((e) => [e.id, e.name.de])),
  };
}

/** The catalog module, loaded lazily so a missing or half-written catalog gives a clear error. */
export async function loadCatalog(): Promise<SpotCatalog> {
  let mod: { CATALOG?: CatalogEntry[] };
  try {
    mod = (await import('../dossier/catalog/entries')) as { CATALOG?: CatalogEntry[] };
  } catch (err) {
    throw new Error(`cannot load the dossier catalog (src/dossier/catalog/entries.ts): ${String(err)}`, { cause: err });
  }
  if (!Array.isArray(mod.CATALOG)) throw new Error('src/dossier/catalog/entries.ts does not export CATALOG');
  return spotCatalog(mod.CATALOG);
}
