/**
 * Node-only: reads the bundled articles (assets/articles/articles.json and the .txt
 * files it names). The builder itself stays pure; file access lives here.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { isIsoDate } from '../iso-date';
import type { Article } from '../types';

/** The repository root, found from this file's place in it (src/dossier/node/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** articles.json: metadata per article, the text in its own .txt file beside it. */
const ArticlesFile = v.object({
  articles: v.array(
    v.object({
      id: v.pipe(v.string(), v.nonEmpty()),
      file: v.pipe(v.string(), v.regex(/^[^/\\]+\.txt$/, 'must be a .txt file name in the same folder')),
      language: v.picklist(['de', 'en']),
      title: v.pipe(v.string(), v.nonEmpty()),
      outlet: v.optional(v.string()),
      date: v.optional(v.pipe(v.string(), v.check(isIsoDate, 'must be ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD'))),
      dateline: v.optional(v.string()),
      dateRange: v.optional(
        v.object({
          from: v.pipe(v.string(), v.check(isIsoDate, 'must be ISO 8601')),
          to: v.pipe(v.string(), v.check(isIsoDate, 'must be ISO 8601')),
        }),
      ),
      basis: v.optional(v.record(v.string(), v.string())),
    }),
  ),
});

/** Reads `assets/articles/articles.json` and the texts it names, exactly as stored (no trimming). */
export async function loadArticles(root: string = REPO_ROOT): Promise<Article[]> {
  const dir = join(root, 'assets', 'articles');
  const path = join(dir, 'articles.json');
  const parsed = v.safeParse(ArticlesFile, JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    throw new Error(`${path} is malformed:\n- ${issues.join('\n- ')}`);
  }
  return Promise.all(
    parsed.output.articles.map(async (meta): Promise<Article> => {
      const text = await readFile(join(dir, meta.file), 'utf8');
      return {
        id: meta.id,
        title: meta.title,
        ...(meta.outlet !== undefined ? { outlet: meta.outlet } : {}),
        ...(meta.date !== undefined ? { date: meta.date } : {}),
        ...(meta.dateline !== undefined ? { dateline: meta.dateline } : {}),
        ...(meta.dateRange !== undefined ? { dateRange: { ...meta.dateRange } } : {}),
        language: meta.language,
        text,
        ...(meta.basis !== undefined ? { basis: meta.basis } : {}),
      };
    }),
  );
}
