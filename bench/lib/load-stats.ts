/**
 * Pure helpers of the page-load figure: the order variants load in, the extra cost of a
 * build as paired differences against the browser without it, and when a page counts as
 * settled. No browser here: unit-tested directly.
 */
import { summarize, type Summary } from './stats';

/**
 * Round `round`'s order: the variants rotated by one each round, so none always loads
 * first (into a colder cache, or right after a heavy sibling).
 */
export function rotatedOrder<T>(variants: readonly T[], round: number): T[] {
  if (variants.length === 0) return [];
  const shift = ((round % variants.length) + variants.length) % variants.length;
  return [...variants.slice(shift), ...variants.slice(0, shift)];
}

/**
 * What a build adds: per round, its sample minus the same round's sample without it
 * (loaded moments apart, under the same load on a shared machine), then summarized.
 */
export function pairedExtra(withIt: readonly number[], without: readonly number[]): Summary {
  if (withIt.length !== without.length) throw new Error(`paired samples differ in number: ${withIt.length} vs ${without.length}`);
  return summarize(withIt.map((value, i) => value - without[i]!));
}

export interface TaskSample {
  /** ms since some origin. */
  at: number;
  /** Cumulative main-thread task time (ms). */
  taskMs: number;
}

/**
 * Settled: the main thread spent less than `budgetMs` on tasks over the last `windowMs`
 * (samples in time order). Fewer samples than span the window: not yet known, so false.
 */
export function isQuiet(samples: readonly TaskSample[], windowMs: number, budgetMs: number): boolean {
  const last = samples[samples.length - 1];
  if (!last) return false;
  let start: TaskSample | undefined;
  for (let i = samples.length - 1; i >= 0; i--) {
    if (last.at - samples[i]!.at >= windowMs) {
      start = samples[i];
      break;
    }
  }
  return start !== undefined && last.taskMs - start.taskMs < budgetMs;
}
