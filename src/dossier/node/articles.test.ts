import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, loadArticles } from './articles';

describe('loadArticles', () => {
  it('reads the five bundled articles exactly as stored, with their metadata', async () => {
    const articles = await loadArticles();
    expect(articles.map((a) => a.id)).toEqual([
      '000_b20129a4c843e593',
      '001_31daf8f9abd0384c',
      '002_d87d1dec9f2629ca',
      '003_7509f71a33401624',
      '004_f2846f6686cc43ba',
    ]);
    const first = articles[0]!;
    expect(first.text).toBe(await readFile(join(REPO_ROOT, 'assets/articles/000_b20129a4c843e593.txt'), 'utf8'));
    expect(first.text).toContain('\u00a0'); // NBSP survives
    expect(first).toMatchObject({ date: '2025-04-28', language: 'de' });
    expect(articles[2]!.dateline).toBe('Düsseldorf');
    // Texts that date themselves only loosely carry the range they support (basis says why).
    expect(articles[2]).toMatchObject({ date: '2024', dateRange: { from: '2024-06', to: '2024-12' } });
    expect(articles[3]!.date).toBe('2025-04-28');
    expect(articles[4]).toMatchObject({
      date: '2025',
      dateline: 'Kursk, Russland',
      dateRange: { from: '2025-04-28', to: '2025' },
    });
    expect(articles.every((a) => a.basis?.date)).toBe(true);
    expect(articles.every((a) => !('file' in a))).toBe(true);
  });

  it('names every malformed field of articles.json', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kontext-articles-'));
    await mkdir(join(root, 'assets/articles'), { recursive: true });
    await writeFile(
      join(root, 'assets/articles/articles.json'),
      JSON.stringify({ articles: [{ id: 'x', file: '../x.txt', language: 'fr', title: 'T', date: '28.04.2025' }] }),
    );
    const error: unknown = await loadArticles(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const { message } = error as Error;
    expect(message).toContain('articles.json is malformed');
    expect(message).toContain('articles.0.file: must be a .txt file name in the same folder');
    expect(message).toContain('articles.0.language');
    expect(message).toContain('articles.0.date: must be ISO 8601');
  });
});
