/**
 * Everything the proposer proposes passes the bundled dossier's own validation: every quote verbatim in
 * its article, every date agreeing with its quote, ids, kinds, aliases without collisions. The proposals
 * of the source articles and of both evaluation bundles are turned into catalog entries and built.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../build';
import { validateInput } from '../build/validate';
import { REPO_ROOT, loadArticles } from '../node/articles';
import type { Article } from '../types';
import { guessLanguage, proposalToCatalogEntry, proposeEntries } from '.';

function bundle(name: string): Article[] {
  const dir = join(REPO_ROOT, 'tests', 'fixtures', 'propose', name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { id: f, title: text.split('\n', 1)[0]!, text, language: guessLanguage(text) };
    });
}

async function check(articles: Article[]): Promise<void> {
  const proposals = proposeEntries(articles);
  expect(proposals.length).toBeGreaterThan(10);
  const catalog = proposals.map((p, i) => proposalToCatalogEntry(p, i, proposals.length));
  expect(validateInput({ articles, catalog, events: [] })).toEqual([]);
  const dossier = await buildDossier({ articles, catalog, events: [] });
  expect(dossier.entries).toHaveLength(proposals.length);
  // Every summary sentence is a sentence of its article, character for character.
  for (const p of proposals) {
    expect(p.summary.length).toBeGreaterThanOrEqual(1);
    expect(p.summary.length).toBeLessThanOrEqual(3);
    for (const s of p.summary) expect(articles.find((a) => a.id === s.article)!.text).toContain(s.quote);
    for (const f of p.facts) expect(articles.find((a) => a.id === f.article)!.text).toContain(f.quote);
  }
}

describe('proposals pass the dossier validation', () => {
  it('on the five source articles', async () => {
    await check(await loadArticles());
  });
  it('on the German bundle', async () => {
    await check(bundle('de-olympia-2022'));
  });
  it('on the English bundle', async () => {
    await check(bundle('en-primaries-2020'));
  });
});
