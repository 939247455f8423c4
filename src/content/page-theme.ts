/**
 * Light or dark from the page itself, as pure colour maths: the card follows the
 * actual background behind the mark (the nearest opaque ancestor's computed colour),
 * and where the page paints none, the browser's canvas behind it: white unless the
 * page's used color-scheme is dark (the system setting alone does not darken it).
 */

export type Theme = 'light' | 'dark';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A computed colour (`rgb(…)`, `rgba(…)`, `rgb(r g b / a)`, `#rrggbb`); undefined for anything else. */
export function parseColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{6})$/.exec(text);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return { r: n >> 16, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (!rgb) return undefined;
  const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
  return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance({ r, g, b }: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio (1 … 21). */
export function contrast(a: Pick<Rgba, 'r' | 'g' | 'b'>, b: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A background at least this opaque decides; a fainter one lets the one behind it show. */
const OPAQUE = 0.5;

/**
 * Whether the page's canvas is dark: the root's used color-scheme, from its computed
 * `color-scheme` or, where that is `normal`, the `<meta name="color-scheme">` content.
 * The browser picks the system's scheme when the page supports it, else the one the page
 * names; a page that names none (`normal`) gets a light canvas even on a dark system.
 */
export function canvasIsDark(rootColorScheme: string, metaColorScheme: string | null, systemDark: boolean): boolean {
  const schemes = (value: string | null) => {
    const words = (value ?? '').trim().toLowerCase().split(/\s+/);
    return { light: words.includes('light'), dark: words.includes('dark') };
  };
  let named = schemes(rootColorScheme);
  if (!named.light && !named.dark) named = schemes(metaColorScheme);
  if (!named.dark) return false;
  return systemDark || !named.light;
}

/**
 * The theme for the backgrounds from the mark outwards (its element first, the root
 * last): the first opaque one decides; none at all leaves it to the canvas behind them.
 */
export function themeFor(backgrounds: readonly string[], canvasDark: boolean): Theme {
  for (const value of backgrounds) {
    const color = parseColor(value);
    if (!color || color.a < OPAQUE) continue;
    // Dark where white text reads better on it than black text.
    return contrast(color, { r: 255, g: 255, b: 255 }) > contrast(color, { r: 0, g: 0, b: 0 }) ? 'dark' : 'light';
  }
  return canvasDark ? 'dark' : 'light';
}
