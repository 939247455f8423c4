/**
 * Fuzzing budget: a fixed seed and a bounded count in `npm test` (reproducible, fast),
 * many more runs with `npm run fuzz` (FUZZ_RUNS, and FUZZ_SEED to replay a failure).
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_250_428);
const scale = Number(process.env.FUZZ_RUNS ?? 0);

/** `base` runs in CI; under `npm run fuzz` the FUZZ_RUNS count for the heaviest properties, proportionally. */
export function runs(base: number): number {
  return scale > 0 ? Math.max(base, Math.round((base * scale) / 1000)) : base;
}

export function fuzzParams(base: number) {
  return { seed: FUZZ_SEED, numRuns: runs(base), endOnFailure: true } as const;
}

/** Per-test time limit: generous, since `npm run fuzz` runs many times the CI count. */
export const FUZZ_TIMEOUT = 600_000;
