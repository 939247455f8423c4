/**
 * A large story for the proposals' load check: 25 German articles of about 6,000 characters each,
 * put together from the paragraphs of the real articles in tests/fixtures/propose (a seeded shuffle,
 * so every run reads the same story). Added to a story by the background's own message, as the
 * popup and the dossier page send it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const BUNDLES = join(import.meta.dirname, '..', '..', 'fixtures', 'propose');
export const LARGE_STORY_ARTICLES = 25;
const TARGET_CHARS = 6_000;

export interface SeedArticle {
  title: string;
  language: 'de';
  text: string;
}

/** mulberry32: a small seeded generator, so the story is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function largeStory(seed = 18): SeedArticle[] {
  const random = seeded(seed);
  const sources = readdirSync(BUNDLES)
    .filter((bundle) => bundle.startsWith('de-'))
    .sort()
    .flatMap((bundle) =>
      readdirSync(join(BUNDLES, bundle))
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => readFileSync(join(BUNDLES, bundle, file), 'utf8').split('\n')),
    );
  const paragraphs = sources.flatMap(([, ...body]) => body.filter((p) => p.trim().length > 80));
  return Array.from({ length: LARGE_STORY_ARTICLES }, (_, n) => {
    const [title] = sources[n % sources.length]!;
    const chosen: string[] = [];
    for (let length = 0; length < TARGET_CHARS;) {
      const paragraph = paragraphs[Math.floor(random() * paragraphs.length)]!;
      chosen.push(paragraph);
      length += paragraph.length + 1;
    }
    return { title: `${title} (${n + 1})`, language: 'de', text: chosen.join('\n') };
  });
}

/** Adds the articles to a new story of the reader's own (from an extension page); returns its id. */
export async function seedStory(
  page: Page,
  name: { de: string; en: string },
  articles: SeedArticle[],
): Promise<string> {
  return page.evaluate(
    async ({ name, articles }) => {
      // No named inner functions: a bundler's name helper does not exist in the page.
      const runtime = (globalThis as any).chrome.runtime;
      const made = await runtime.sendMessage({ type: 'changeDossier', change: { op: 'createStory', name } });
      if (!made.ok) throw new Error(JSON.stringify(made));
      for (const article of articles) {
        const change = { op: 'addArticle', article, story: made.storyId };
        const added = await runtime.sendMessage({ type: 'changeDossier', change });
        if (!added.ok) throw new Error(JSON.stringify(added));
      }
      return made.storyId as string;
    },
    { name, articles },
  );
}
