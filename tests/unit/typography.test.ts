/**
 * English reader-facing texts use the typographic apostrophe (’), as the dossier entries
 * do: a straight one (') slipped into the story name once. Checks every English string
 * of the bundled catalog and of the interface's message tables.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The exports of every non-test module in a folder. */
async function modulesIn(folder: string): Promise<Record<string, Record<string, unknown>>> {
  const files = readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const modules: Record<string, Record<string, unknown>> = {};
  for (const file of files) modules[file] = (await import(join(ROOT, folder, file))) as Record<string, unknown>;
  return modules;
}

/** Every string under an `en` key, with where it is. */
function englishTexts(value: unknown, path: string, english = false, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') {
    if (english) out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => englishTexts(item, `${path}[${i}]`, english, out));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) englishTexts(item, `${path}.${key}`, english || key === 'en', out);
  }
  return out;
}

/** A straight apostrophe or single quote in prose. */
const STRAIGHT = /'/;

describe('English texts use the typographic apostrophe', () => {
  it('finds straight apostrophes (the check itself)', () => {
    const found = englishTexts({ a: { de: "Kim's", en: "North Korea's troops" }, b: { en: 'Kim’s' } }, 'x');
    expect(found.filter(([, text]) => STRAIGHT.test(text))).toEqual([['x.a.en', "North Korea's troops"]]);
  });

  it.each(['src/dossier/catalog', 'src/ui/messages'])('in %s', async (folder) => {
    const texts = Object.entries(await modulesIn(folder)).flatMap(([file, exports]) => englishTexts(exports, file));
    // The walk reaches the texts at all (a broken walk would pass vacuously).
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter(([, text]) => STRAIGHT.test(text))).toEqual([]);
  });
});
