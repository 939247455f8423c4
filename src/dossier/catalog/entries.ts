/**
 * The curated catalog: every name in the source articles that a reader would want
 * explained. Split by kind into the files beside this one; this module joins them in
 * a fixed order (the builder's output order follows it).
 */
import type { CatalogEntry } from '../catalog-types';
import { CONCEPTS } from './concepts';
import { DOCUMENTS } from './documents';
import { EVENT_ENTRIES } from './event-entries';
import { GROUPS } from './groups';
import { ORGANISATIONS } from './organisations';
import { PEOPLE } from './people';
import { PLACES } from './places';

export const CATALOG: CatalogEntry[] = [
  ...PEOPLE,
  ...PLACES,
  ...ORGANISATIONS,
  ...GROUPS,
  ...DOCUMENTS,
  ...EVENT_ENTRIES,
  ...CONCEPTS,
];
