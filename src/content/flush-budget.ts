/**
 * How often page edits are read, shared by the pre-check and the page controller. After a
 * flush that took `c` ms the next one waits at least `c × FLUSH_BACKOFF` ms, so reading page
 * changes never takes more than about 1 / (1 + FLUSH_BACKOFF) of the main thread, however fast
 * the page mutates; flushes within `FRAME_BUDGET_MS` run every frame.
 */
const FRAME_BUDGET_MS = 4;
const FLUSH_BACKOFF = 4;
const MAX_FLUSH_DELAY_MS = 2000;

/** Hidden tabs get no animation frames: their changes are read on a timer instead. */
export const HIDDEN_FLUSH_MS = 500;

/** The earliest time (`performance.now()`) the next flush may run after one that took `cost` ms; 0: next frame. */
export function nextFlushAt(cost: number): number {
  return cost > FRAME_BUDGET_MS ? performance.now() + Math.min(MAX_FLUSH_DELAY_MS, cost * FLUSH_BACKOFF) : 0;
}
