import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../dossier/types';
import { canvasIsDark, contrast, parseColor, themeFor } from './page-theme';

describe('the theme from the page', () => {
  it('parses computed colours', () => {
    expect(parseColor('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(255 253 248 / 50%)')).toEqual({ r: 255, g: 253, b: 248, a: 0.5 });
    expect(parseColor('#2b63b5')).toEqual({ r: 0x2b, g: 0x63, b: 0xb5, a: 1 });
    expect(parseColor('color(srgb 1 1 1)')).toBeUndefined();
  });
  it('takes the nearest opaque background, skipping transparent ones', () => {
    expect(themeFor(['rgba(0, 0, 0, 0)', 'rgb(17, 17, 17)', 'rgb(255, 255, 255)'], false)).toBe('dark');
    expect(themeFor(['rgba(0, 0, 0, 0.1)', 'rgb(250, 250, 245)'], true)).toBe('light');
    expect(themeFor(['rgb(30, 60, 110)'], false)).toBe('dark');
  });
  it('leaves it to the canvas only where the page paints no background', () => {
    expect(themeFor(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], true)).toBe('dark');
    expect(themeFor([], false)).toBe('light');
    expect(themeFor(['rgb(255, 255, 255)'], true)).toBe('light');
  });
  it('keeps the canvas light on a dark system unless the page opts into dark', () => {
    // No color-scheme at all: the browser paints a white canvas whatever the system says.
    expect(canvasIsDark('normal', null, true)).toBe(false);
    expect(canvasIsDark('normal', 'normal', true)).toBe(false);
    expect(canvasIsDark('light', null, true)).toBe(false);
    expect(canvasIsDark('only light', null, true)).toBe(false);
    // The page supports dark: dark where the system is, or where dark is all it names.
    expect(canvasIsDark('light dark', null, true)).toBe(true);
    expect(canvasIsDark('light dark', null, false)).toBe(false);
    expect(canvasIsDark('dark', null, false)).toBe(true);
    expect(canvasIsDark('only dark', null, false)).toBe(true);
    // The meta element speaks where the root's property is normal, not over it.
    expect(canvasIsDark('normal', 'dark light', true)).toBe(true);
    expect(canvasIsDark('normal', ' DARK ', false)).toBe(true);
    expect(canvasIsDark('light', 'dark', true)).toBe(false);
  });
});

describe('mark colours', () => {
  const css = readFileSync(join(import.meta.dirname, 'highlights.css'), 'utf8');
  const backgrounds = {
    white: '#ffffff',
    cream: '#fffdf8',
    black: '#000000',
    'near-black': '#121212',
    'dark grey': '#1e1e1e',
  };

  it.each(ENTRY_KINDS)('underline of %s reads at 3:1 or more on light and dark pages', (kind) => {
    const rule = new RegExp(`::highlight\\(kontext-${kind}\\)\\s*\\{[^}]*?(#[0-9a-f]{6})`, 'i').exec(css);
    expect(rule, kind).not.toBeNull();
    const underline = parseColor(rule![1]!)!;
    for (const [name, background] of Object.entries(backgrounds)) {
      expect(contrast(underline, parseColor(background)!), `${kind} on ${name}`).toBeGreaterThanOrEqual(3);
    }
  });
});
