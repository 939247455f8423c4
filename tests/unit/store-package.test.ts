/**
 * What the stores read from the package without running it: the icons (rendered from
 * their SVGs, committed, in the sizes the manifest names) and the manifest's localised
 * texts (both languages complete, within the stores' length limits).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_OUTPUT_DIR, ICON_SIZES, renderIcons, STORE_ICON, TOOLBAR_SIZES } from '../../scripts/icon-render';
import { decodePng } from '../e2e/support/png';
import { manifestCommands } from '../../src/background/commands';

const ROOT = join(import.meta.dirname, '..', '..');
const LOCALES_DIR = join(ROOT, 'public', '_locales');

type Messages = Record<string, { message: string; description?: string }>;
const messages = (locale: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('icons', () => {
  const rendered = renderIcons();

  it('are committed exactly as the SVGs render (npm run icons)', () => {
    for (const file of rendered) {
      const committed = readFileSync(join(ICON_OUTPUT_DIR, file.name));
      expect(committed.equals(file.png), `public/icon/${file.name} is stale: run npm run icons`).toBe(true);
    }
    expect(readdirSync(ICON_OUTPUT_DIR).sort()).toEqual(rendered.map((file) => file.name).sort());
  });

  it('come in every size the manifest and the stores ask for, light and dark toolbar pairs', () => {
    const sizes = Object.fromEntries(rendered.map((file) => [file.name, pngSize(file.png)]));
    for (const size of ICON_SIZES) expect(sizes[`${size}.png`]).toEqual({ width: size, height: size });
    for (const size of TOOLBAR_SIZES) {
      expect(sizes[`light-${size}.png`]).toEqual({ width: size, height: size });
      expect(sizes[`dark-${size}.png`]).toEqual({ width: size, height: size });
    }
  });

  it('leaves the Chrome Web Store its transparent margin around the 128 px icon, and no more', () => {
    const { width, rgba } = decodePng(rendered.find((file) => file.name === `${STORE_ICON.size}.png`)!.png);
    const alpha = (x: number, y: number) => rgba[(y * width + x) * 4 + 3]!;
    const inMargin = (x: number, y: number) =>
      Math.min(x, y) < STORE_ICON.padding || Math.max(x, y) >= STORE_ICON.size - STORE_ICON.padding;
    let marginOpaque = 0;
    for (let y = 0; y < width; y++)
      for (let x = 0; x < width; x++) if (inMargin(x, y) && alpha(x, y) > 0) marginOpaque++;
    expect(marginOpaque).toBe(0);
    // The artwork fills the rest: solid just inside the margin, halfway down.
    expect(alpha(STORE_ICON.padding + 8, width / 2)).toBe(255);
  });
});

describe('localised manifest', () => {
  const locales = readdirSync(LOCALES_DIR).sort();
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');

  it('has German and English with the same messages, English the default', () => {
    expect(locales).toEqual(['de', 'en']);
    expect(Object.keys(messages('de')).sort()).toEqual(Object.keys(messages('en')).sort());
    expect(config).toContain("default_locale: 'en'");
  });

  it('defines every __MSG_ key the manifest uses, in both languages', () => {
    const used = new Set(
      [config, JSON.stringify(manifestCommands())].flatMap((text) =>
        [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
      ),
    );
    expect([...used].sort()).toEqual(
      expect.arrayContaining([
        'commandNextMention',
        'commandPreviousMention',
        'extDescription',
        'extName',
        'extShortName',
      ]),
    );
    for (const locale of locales)
      for (const key of used) expect(messages(locale)[key]?.message, `${locale}: ${key}`).toBeTruthy();
  });

  it("stays within the stores' limits and names the extension differently per language", () => {
    const limits = { extName: 75, extShortName: 12, extDescription: 132 };
    for (const locale of locales) {
      for (const [key, max] of Object.entries(limits)) {
        expect([...messages(locale)[key]!.message].length, `${locale}: ${key}`).toBeLessThanOrEqual(max);
      }
    }
    // The e2e test tells the languages apart by the name the browser shows.
    expect(messages('de').extName!.message).not.toBe(messages('en').extName!.message);
  });
});
