/**
 * Pure helpers of the page-load figure: the order variants load in, the extra cost of a
 * build as paired differences against the browser without it, and when a page counts as
 * settled. No browser here: unit-tested directly.
 */
import { round, summarize, type Summary } from './stats';

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
  if (withIt.length !== without.length)
    throw new Error(`paired samples differ in number: ${withIt.length} vs ${without.length}`);
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

/** The parts of a DevTools protocol CPU profile (Profiler.stop) read here. */
export interface CpuProfile {
  /** µs, the renderer's monotonic clock. */
  startTime?: number;
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples?: number[];
  /** µs since the previous sample (the first: since the profile's start). */
  timeDeltas?: number[];
}

export interface ProfileTimes {
  /** In functions of scripts `isOwn` accepts, and in what they called (built-ins, DOM). */
  own_ms: number;
  /** In every other script (the page's). */
  other_ms: number;
  gc_ms: number;
  /** When the first sample in an own script was taken (µs, the profile's clock); null if none was. */
  first_own_us: number | null;
}

/**
 * Sampled time per owner: a sample belongs to the nearest frame up its stack that has a
 * script URL, so a built-in or a DOM call is charged to the script that made it; samples
 * with no script on the stack (idle, program, GC) are not charged to a script.
 */
export function attributeProfile(profile: CpuProfile, isOwn: (url: string) => boolean): ProfileTimes {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const owners = new Map<number, 'own' | 'other' | 'gc' | 'none'>();
  const ownerOf = (id: number): 'own' | 'other' | 'gc' | 'none' => {
    const known = owners.get(id);
    if (known) return known;
    let owner: 'own' | 'other' | 'gc' | 'none' = 'none';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      if (frame.url) {
        owner = isOwn(frame.url) ? 'own' : 'other';
        break;
      }
      if (frame.functionName === '(garbage collector)') {
        owner = 'gc';
        break;
      }
    }
    owners.set(id, owner);
    return owner;
  };
  const totals = { own: 0, other: 0, gc: 0, none: 0 };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let at = profile.startTime ?? 0;
  let firstOwn: number | null = null;
  // A sample's time is the gap to the next sample (the last one's is unknown: dropped).
  for (let i = 0; i + 1 < samples.length; i++) {
    at += deltas[i] ?? 0;
    const owner = ownerOf(samples[i]!);
    if (owner === 'own' && firstOwn === null) firstOwn = at;
    totals[owner] += (deltas[i + 1] ?? 0) / 1000;
  }
  return { own_ms: round(totals.own), other_ms: round(totals.other), gc_ms: round(totals.gc), first_own_us: firstOwn };
}
