/**
 * The Kontext icon as PNGs, rendered from the SVG sources in assets/icon/ with resvg
 * (no fonts, no system libraries: the same bytes on every machine). Used by
 * `npm run icons` and by the test that keeps the committed PNGs in step with the SVGs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ROOT = join(import.meta.dirname, '..');
export const ICON_SOURCE_DIR = join(ROOT, 'assets', 'icon');
/** WXT puts `public/icon/<size>.png` into the manifest's `icons` and the Firefox build's
 * `public/icon/<light|dark>-<size>.png` pairs into `browser_action.theme_icons`. */
export const ICON_OUTPUT_DIR = join(ROOT, 'public', 'icon');

/** Extensions page and stores ask for 48 and 128; toolbars for 16 and 32 (2× screens). */
export const ICON_SIZES = [16, 32, 48, 128] as const;
export const TOOLBAR_SIZES = [16, 32] as const;
/**
 * Firefox's `theme_icons`: `light` is the glyph for dark toolbars, `dark` the one for light
 * toolbars. The colours are those of Firefox's own toolbar icons.
 */
export const TOOLBAR_COLOURS = { light: '#fbfbfe', dark: '#5b5b66' } as const;

export interface IconFile {
  /** Relative to ICON_OUTPUT_DIR. */
  name: string;
  png: Buffer;
}

export function renderSvg(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * The Chrome Web Store wants the 128 px icon as 96 px of artwork with 16 px of transparent
 * padding on each side (the store and install dialog add their own frame); smaller sizes
 * use the whole square so the toolbar glyph stays as large as it can be.
 */
export const STORE_ICON = { size: 128, padding: 16 } as const;

/** The same SVG, drawn inset by `padding` on a transparent square of `size`. */
export function padded(svg: string, size: number, padding: number): string {
  const inner = svg.replace(
    /<svg\b([^>]*?)\swidth="\d+"\s+height="\d+"/,
    `<svg$1 x="${padding}" y="${padding}" width="${size - 2 * padding}" height="${size - 2 * padding}"`,
  );
  if (inner === svg) throw new Error('the icon SVG needs width and height on its root element');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">${inner}</svg>`;
}

/** Every PNG the extension ships, by file name. */
export function renderIcons(): IconFile[] {
  const full = readFileSync(join(ICON_SOURCE_DIR, 'kontext.svg'), 'utf8');
  const toolbar = readFileSync(join(ICON_SOURCE_DIR, 'kontext-toolbar.svg'), 'utf8');
  const files: IconFile[] = ICON_SIZES.map((size) => ({
    name: `${size}.png`,
    png: size === STORE_ICON.size ? renderSvg(padded(full, size, STORE_ICON.padding), size) : renderSvg(full, size),
  }));
  for (const [variant, colour] of Object.entries(TOOLBAR_COLOURS)) {
    const svg = toolbar.replaceAll('currentColor', colour);
    for (const size of TOOLBAR_SIZES) files.push({ name: `${variant}-${size}.png`, png: renderSvg(svg, size) });
  }
  return files;
}
