/**
 * Where the card goes, as pure layout maths (no DOM): below the hovered word if it
 * fits, else above, else on the side with more room with its height capped to that
 * room; shifted sideways to stay inside the viewport. The card never covers the word.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  x: number;
  y: number;
  /** The card must not grow taller than this (it scrolls inside instead). */
  maxHeight: number;
  side: 'below' | 'above';
}

export const PLACEMENT = {
  /** Space kept between the card and the viewport's edges. */
  padding: 8,
  /** Space between the word and the card. */
  gap: 6,
  /** Below this the card would be useless: it may then overlap the padding, never the word. */
  minHeight: 120,
} as const;

export function placeCard(anchor: Box, card: Size, viewport: Size): CardPlacement {
  const { padding, gap, minHeight } = PLACEMENT;
  const roomBelow = viewport.height - padding - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - padding;
  const side = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const roomInsidePadding = side === 'below' ? roomBelow : roomAbove;
  const roomToEdge = side === 'below' ? viewport.height - (anchor.bottom + gap) : anchor.top - gap;
  // A sliver of room makes no card: it may then use the padding, up to the edge, never the word.
  const room = Math.max(roomInsidePadding, Math.min(minHeight, roomToEdge));
  const height = Math.min(card.height, Math.max(0, room));
  const y = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  const width = Math.min(card.width, Math.max(0, viewport.width - 2 * padding));
  const x = clamp(anchor.left, padding, viewport.width - padding - width);
  return { x: Math.round(x), y: Math.round(y), maxHeight: Math.floor(Math.max(0, room)), side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
