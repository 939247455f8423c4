/** The bundled dossier's tiers: measured on the corpus that ships with the tests, and kept current. */
import { describe, expect, it } from 'vitest';
import { measureTable } from '../../../scripts/tiers';
import { CATALOG } from '../catalog/entries';
import { NAME_COMMONNESS } from '../catalog/name-commonness';
import { TIER_OVERRIDES } from '../catalog/tiers';
import { buildDossier } from '../build';
import { loadBundledInput } from './load';

describe('the bundled tiers', () => {
  it('rest on a table measured from the current catalog and corpus (else: npm run tiers)', () => {
    expect(measureTable()).toEqual(NAME_COMMONNESS);
  }, 30_000);

  it('override only entries that exist, each with a reason', () => {
    const ids = new Set(CATALOG.map((e) => e.id));
    for (const [id, override] of Object.entries(TIER_OVERRIDES)) {
      expect(ids.has(id), id).toBe(true);
      expect(override.why.length, id).toBeGreaterThan(10);
    }
  });

  it("give every entry a tier: general names background, the story's own names story", async () => {
    const dossier = await buildDossier(await loadBundledInput());
    const tier = new Map(dossier.entries.map((e) => [e.id, e.tier]));
    expect(dossier.entries.every((e) => e.tier === 'story' || e.tier === 'background')).toBe(true);
    for (const id of [
      'germany',
      'usa',
      'europe',
      'london',
      'rome',
      'dpa',
      'afp',
      'reuters',
      'united-nations',
      'moscow',
    ]) {
      expect(tier.get(id), id).toBe('background');
    }
    for (const id of [
      'kursk',
      'kcna',
      'gerassimow',
      'kim-jong-un',
      'treaty-2024',
      'treaty-article-4',
      'north-korean-troops',
      'nis',
    ]) {
      expect(tier.get(id), id).toBe('story');
    }
    expect(dossier.story?.name.de).toBe('Nordkoreas Truppen in Russland und die Region Kursk');
  });
});
