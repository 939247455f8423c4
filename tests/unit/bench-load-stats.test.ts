import { describe, expect, it } from 'vitest';
import { attributeProfile, isQuiet, pairedExtra, rotatedOrder } from '../../bench/lib/load-stats';

describe('rotatedOrder', () => {
  it('starts each round with the next variant and keeps their cycle', () => {
    const variants = ['none', 'new', 'old'];
    expect(rotatedOrder(variants, 0)).toEqual(['none', 'new', 'old']);
    expect(rotatedOrder(variants, 1)).toEqual(['new', 'old', 'none']);
    expect(rotatedOrder(variants, 2)).toEqual(['old', 'none', 'new']);
    expect(rotatedOrder(variants, 3)).toEqual(['none', 'new', 'old']);
  });

  it('puts every variant first equally often over a multiple of their number of rounds', () => {
    const firsts = Array.from({ length: 6 }, (_, round) => rotatedOrder(['a', 'b'], round)[0]);
    expect(firsts.filter((v) => v === 'a')).toHaveLength(3);
  });
});

describe('pairedExtra', () => {
  it('summarizes per-round differences, not the difference of medians', () => {
    // Rounds 2 and 3 ran under load: both sides slower; the pairing cancels it.
    const extra = pairedExtra([12, 30, 52], [10, 27, 50]);
    expect(extra).toEqual({ median: 2, min: 2, max: 3, runs: 3 });
  });

  it('refuses samples that are not paired', () => {
    expect(() => pairedExtra([1, 2], [1])).toThrow(/differ in number/);
  });
});

describe('isQuiet', () => {
  const at = (pairs: [number, number][]) => pairs.map(([t, task]) => ({ at: t, taskMs: task }));

  it('is quiet once a whole window passed with less task time than the budget', () => {
    expect(
      isQuiet(
        at([
          [0, 40],
          [100, 40.2],
          [300, 40.4],
          [500, 40.5],
        ]),
        500,
        1,
      ),
    ).toBe(true);
  });

  it('is not quiet while tasks still run within the window', () => {
    expect(
      isQuiet(
        at([
          [0, 40],
          [100, 40.2],
          [300, 45],
          [500, 45.1],
        ]),
        500,
        1,
      ),
    ).toBe(false);
  });

  it('does not decide before the samples span the window', () => {
    expect(
      isQuiet(
        at([
          [0, 40],
          [100, 40],
          [400, 40],
        ]),
        500,
        1,
      ),
    ).toBe(false);
    expect(isQuiet([], 500, 1)).toBe(false);
  });

  it('judges only the latest window, not older busy time', () => {
    expect(
      isQuiet(
        at([
          [0, 0],
          [200, 80],
          [700, 80.5],
          [800, 80.6],
        ]),
        500,
        1,
      ),
    ).toBe(true);
  });
});

describe('attributeProfile', () => {
  const frame = (functionName: string, url = '') => ({ functionName, url });
  // root → content.js scan → (native) Range → ; root → page.js → ; root → (garbage collector); root → (idle)
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 4, 5, 6] },
      { id: 2, callFrame: frame('scan', 'chrome-extension://abc/content-scripts/content.js'), children: [3] },
      { id: 3, callFrame: frame('setStart') },
      { id: 4, callFrame: frame('onload', 'http://127.0.0.1:1/page.js') },
      { id: 5, callFrame: frame('(garbage collector)') },
      { id: 6, callFrame: frame('(idle)') },
    ],
    samples: [2, 3, 3, 4, 5, 6, 2],
    timeDeltas: [0, 1000, 500, 500, 2000, 300, 10_000],
  };
  const isOwn = (url: string) => url.startsWith('chrome-extension://');

  it('charges a sample, and a built-in it called, to the nearest script on the stack', () => {
    // Samples at 2, 3, 3 last 1000 + 500 + 500 µs (the gap to the next sample).
    expect(attributeProfile(profile, isOwn)).toMatchObject({ own_ms: 2, other_ms: 2, gc_ms: 0.3 });
  });

  it('drops the last sample, whose length is unknown', () => {
    const times = attributeProfile({ ...profile, samples: [2], timeDeltas: [0] }, isOwn);
    expect(times).toEqual({ own_ms: 0, other_ms: 0, gc_ms: 0, first_own_us: null });
  });

  it('dates the first sample in an own script on the profile clock', () => {
    const later = { ...profile, startTime: 5_000_000, samples: [4, 2, 3], timeDeltas: [100, 400, 50] };
    expect(attributeProfile(later, isOwn).first_own_us).toBe(5_000_500);
  });
});
