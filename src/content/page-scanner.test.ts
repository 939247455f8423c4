/**
 * The first scan of a page is read in slices (a walk that pauses and resumes, matching as it
 * goes): whatever the slice size, the blocks and marks are those of one whole read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcher } from '../matching';
import { FIXTURE } from '../matching/test-fixture';
import { BlockWalker, collectBlocks } from './collect-text';
import type { Mark } from './marks';
import { PageScanner } from './page-scanner';

const PAGES_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'relevance-pages');
/** Real pages near the dossier's story (Russia, Ukraine, North Korea): FIXTURE's names occur in them. */
const PAGES = [
  '../article-pages/readability-yahoo-2.html',
  'readability-nytimes-1.html',
  'trafilatura-fr.de.nordkorea.html',
  'trafilatura-jungle.world-Imperialismus-Phantom.html',
];
/** Sprinkled into the pages' text, so short forms, generic forms and blockers meet slice edges. */
const SPRINKLES = [
  ' Kim Jong-un ',
  ' Kim ',
  ' Rom ',
  ' Artikel 4 ',
  ' Vertrag ',
  ' Nordkorea ',
  ' Donald Trump ',
  ' Trump ',
  ' Kim Yo-jong ',
  ' Austin, Texas ',
  ' Lloyd Austin ',
];

const matcher = compileMatcher(FIXTURE);
const kinds = Object.fromEntries(FIXTURE.map((set) => [set.entry, 'person' as const]));

beforeAll(() => {
  // linkedom has no StaticRange; a mark only needs its four fields here.
  (globalThis as { StaticRange?: unknown }).StaticRange ??= class {
    constructor(init: object) {
      Object.assign(this, init);
    }
  };
});

function pageDocument(file: string, seed: number): Document {
  const { document } = parseHTML(readFileSync(join(PAGES_DIR, file), 'utf8'));
  // Seeded: the same names in the same places on every run.
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const walker = document.createTreeWalker(document.body, 4);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    if (text.data.trim().length > 20 && random() < 0.3) {
      text.data += SPRINKLES[Math.floor(random() * SPRINKLES.length)]!;
    }
  }
  return document as unknown as Document;
}

/** A clock that moves one tick a read: a slice's size in ticks is how many reads it makes. */
function tickingClock(): () => number {
  let now = 0;
  return () => ++now;
}

function describeMarks(marks: readonly Mark[]) {
  return marks.map((m) => ({
    entry: m.entry,
    text: m.text,
    region: m.region,
    form: m.form,
    start: m.range.startContainer,
    startOffset: m.range.startOffset,
    end: m.range.endContainer,
    endOffset: m.range.endOffset,
  }));
}

describe('BlockWalker', () => {
  it.each(PAGES)('paused anywhere, reads the blocks of one whole walk (%s)', (file) => {
    const document = pageDocument(file, 7);
    const whole = collectBlocks(document.body);
    expect(whole.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }), (pauses) => {
        // The clock passes the deadline at the reads `pauses` says, in a repeating pattern.
        let read = 0;
        const walker = new BlockWalker(document.body, undefined, () => (pauses[read++ % pauses.length] ? 1 : 0));
        const blocks = [];
        let pausedTimes = 0;
        while (!walker.done) {
          const block = walker.next(1);
          if (block) blocks.push(block);
          else if (!walker.done) pausedTimes++;
        }
        expect(blocks).toEqual(whole);
        if (pauses.every(Boolean)) expect(pausedTimes).toBeGreaterThan(0);
      }),
      { numRuns: 15, seed: 42 },
    );
  });

  it('reads an open shadow root where its host stands, paused inside it or not', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const host = document.createElement('div');
    document.body.append(document.createTextNode('vorher Kursk'), host, document.createElement('p'));
    host.append(document.createTextNode('Licht Moskau'));
    const shadow = (host as unknown as Element).attachShadow?.({ mode: 'open' });
    // linkedom without (readable) shadow roots: the e2e tests cover them in a browser.
    if (!shadow || host.shadowRoot !== shadow) return;
    for (let i = 0; i < 600; i++) shadow.append(document.createElement('span'));
    const inShadow = document.createElement('p');
    inShadow.append(document.createTextNode('Schatten Krim'));
    shadow.append(inShadow);
    const whole = collectBlocks(document.body).map((b) => b.text);
    let read = 0;
    const walker = new BlockWalker(document.body, undefined, () => read++);
    const sliced: string[] = [];
    while (!walker.done) {
      const block = walker.next(read + 1);
      if (block) sliced.push(block.text);
    }
    expect(whole).toEqual(['vorher Kursk', 'Schatten Krim', 'Licht Moskau']);
    expect(sliced).toEqual(whole);
  });
});

describe('PageScanner.startScan', () => {
  it.each(PAGES)('marks what one whole scan marks, for any slice size (%s)', (file) => {
    const document = pageDocument(file, 11);
    const once = new PageScanner(matcher, kinds);
    const expected = describeMarks(once.scanAll(document.body).added);
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.some((m) => m.form === 'short')).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (ticks) => {
        const scanner = new PageScanner(matcher, kinds, tickingClock());
        const job = scanner.startScan(document.body);
        const live = new Set<Mark>();
        let slices = 0;
        while (!job.done) {
          const delta = job.next(ticks);
          for (const mark of delta.removed) live.delete(mark);
          for (const mark of delta.added) live.add(mark);
          slices++;
        }
        // The deltas add up to the scanner's marks, and those are one whole scan's.
        expect(describeMarks(scanner.marks())).toEqual(expected);
        expect(new Set(scanner.marks())).toEqual(live);
        if (ticks < 20) expect(slices).toBeGreaterThan(1);
      }),
      { numRuns: 12, seed: 4711 },
    );
  });

  it('starts the page again when an edit took away the place a paused walk stopped at', () => {
    const document = pageDocument(PAGES[1]!, 3);
    const scanner = new PageScanner(matcher, kinds, tickingClock());
    const job = scanner.startScan(document.body);
    const live = new Set<Mark>();
    const apply = (delta: { removed: Mark[]; added: Mark[] }) => {
      for (const mark of delta.removed) live.delete(mark);
      for (const mark of delta.added) live.add(mark);
    };
    apply(job.next(5));
    expect(job.done).toBe(false);
    // Everything from the middle of the page on goes away, the walk's next node with it.
    const all = [...document.body.querySelectorAll('p, li, div')];
    for (const element of all.slice(Math.floor(all.length / 3))) element.remove();
    document.body.append(document.createTextNode('Nachtrag: Kim Jong-un in Moskau.'));
    while (!job.done) apply(job.next(50));
    const fresh = new PageScanner(matcher, kinds);
    expect(describeMarks(scanner.marks())).toEqual(describeMarks(fresh.scanAll(document.body).added));
    expect(new Set(scanner.marks())).toEqual(live);
  });
});
