import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACEMENT, placeCard, type Box } from './card-position';

const viewport = { width: 800, height: 500 };
const card = { width: 360, height: 280 };
const word = (left: number, top: number, width = 60, height = 18): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placeCard', () => {
  it('goes below the word, aligned with its start, when there is room', () => {
    expect(placeCard(word(100, 50), card, viewport)).toEqual({
      x: 100,
      y: 50 + 18 + PLACEMENT.gap,
      maxHeight: 500 - 8 - 74,
      side: 'below',
    });
  });

  it('goes above a word near the bottom', () => {
    const placed = placeCard(word(100, 460), card, viewport);
    expect(placed.side).toBe('above');
    expect(placed.y + Math.min(card.height, placed.maxHeight)).toBe(460 - PLACEMENT.gap);
  });

  it('shifts left to stay inside the viewport at the right edge', () => {
    expect(placeCard(word(780, 50, 15), card, viewport).x).toBe(800 - 8 - 360);
  });

  it('caps its height to the larger side when it fits neither', () => {
    const placed = placeCard(word(100, 200), { width: 360, height: 900 }, viewport);
    expect(placed.side).toBe('below');
    expect(placed.maxHeight).toBe(500 - 8 - (218 + PLACEMENT.gap));
  });

  it('never leaves the viewport and never covers the word (any word, any card)', () => {
    fc.assert(
      fc.property(
        fc.record({ vw: fc.integer({ min: 320, max: 2000 }), vh: fc.integer({ min: 300, max: 1400 }) }),
        fc.record({ w: fc.integer({ min: 40, max: 600 }), h: fc.integer({ min: 40, max: 1500 }) }),
        fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) }),
        fc.integer({ min: 4, max: 200 }),
        ({ vw, vh }, { w, h }, { x, y }, wordWidth) => {
          const view = { width: vw, height: vh };
          const anchor = word(x * (vw - wordWidth), y * (vh - 20), wordWidth, 20);
          const placed = placeCard(anchor, { width: w, height: h }, view);
          const width = Math.min(w, vw - 2 * PLACEMENT.padding);
          const height = Math.min(h, placed.maxHeight);
          const box = { left: placed.x, top: placed.y, right: placed.x + width, bottom: placed.y + height };
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(vw);
          expect(box.bottom).toBeLessThanOrEqual(vh);
          expect(overlaps(box, anchor)).toBe(false);
        },
      ),
      { seed: 20261122, numRuns: 2000 },
    );
  });
});
