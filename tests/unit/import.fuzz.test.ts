/**
 * Fuzzing the import validator (src/import-export/import-file.ts) on random and
 * adversarial JSON: it never throws, it answers either a valid file or problems that
 * name a place and say what is wrong in German and English, it never accepts what the
 * schema refuses, and no `__proto__` / `constructor` / `prototype` key pollutes anything.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/dossier/build';
import { fixture } from '../../src/dossier/build/test-fixture';
import { exportFile } from '../../src/import-export/export-file';
import { checkImportData, checkImportText, type ImportCheck } from '../../src/import-export/import-file';
import type { ExportFile } from '../../src/import-export/schema';
import { describeProblem } from '../../src/ui/errors';
import { FUZZ_TIMEOUT, fuzzParams, runs } from './fuzz-config';

let valid: ExportFile;
let cases = 0;

beforeAll(async () => {
  const dossier = await buildDossier(fixture());
  valid = await exportFile(
    {
      meta: undefined,
      dossier,
      own: {
        articles: [],
        entries: [],
        notes: [{ entry: 'kursk', text: 'Notiz: a < b', updatedAt: 1 }],
        hidden: ['gerassimow'],
      },
    },
    new Date('2025-05-01T00:00:00Z'),
  );
  expect(checkImportData(JSON.parse(JSON.stringify(valid))).ok).toBe(true);
});

afterAll(() => console.log(`[import.fuzz] cases: ${cases}`));

/** Unique placeholders in the JSON text (a counter: the same file on every run). */
let markers = 0;

/** The answer is well-formed whatever the input: a file, or named problems that read in both languages. */
function wellFormed(check: ImportCheck): void {
  cases++;
  if (check.ok) {
    expect(typeof check.file).toBe('object');
    return;
  }
  expect(check.problems.length).toBeGreaterThan(0);
  expect(check.problems.length).toBeLessThanOrEqual(25);
  for (const problem of check.problems) {
    expect(typeof problem.path).toBe('string');
    expect(describeProblem(problem, 'de').length).toBeGreaterThan(0);
    expect(describeProblem(problem, 'en').length).toBeGreaterThan(0);
  }
}

function notPolluted(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(Object.prototype.hasOwnProperty.call(Array.prototype, 'polluted')).toBe(false);
}

/** A JSON path into a value: every place an attacker could edit. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (out.length > 4000) return out;
  if (Array.isArray(value)) value.slice(0, 5).forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

describe('the import validator under fuzzing', () => {
  it(
    'never throws on random text',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 300 }),
            fc.json({ maxDepth: 6 }),
            fc.constantFrom('', '\uFEFF', 'null', '[]', '{}', '"x"', '1e309', '{"format":"kontext-export"}'),
          ),
          (text) => {
            wellFormed(checkImportText(text));
          },
        ),
        fuzzParams(2000),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'never throws on any JSON value and refuses everything that is not an export',
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
          const check = checkImportData(value);
          wellFormed(check);
          expect(check.ok).toBe(false);
        }),
        fuzzParams(2000),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'refuses a valid export with one value replaced by junk anywhere, or says what it accepted',
    () => {
      const places = paths(JSON.parse(JSON.stringify(valid))).filter((p) => p.length > 0);
      fc.assert(
        fc.property(
          fc.constantFrom(...places),
          fc.oneof(
            fc.jsonValue({ maxDepth: 3 }),
            fc.constantFrom(null, '', -1, 1.5, 1e308, '<script>alert(1)</script>', '__proto__', [], {}),
          ),
          (path, junk) => {
            const copy = JSON.parse(JSON.stringify(valid));
            let target = copy;
            for (const key of path.slice(0, -1)) target = target[key];
            target[path.at(-1)!] = junk;
            const check = checkImportData(copy);
            wellFormed(check);
            // Whatever it accepts must survive the same check again, as stored and re-exported.
            if (check.ok) expect(checkImportData(JSON.parse(JSON.stringify(check.file))).ok).toBe(true);
          },
        ),
        fuzzParams(1500),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'refuses __proto__, constructor and prototype keys anywhere, and nothing is polluted',
    () => {
      const text = JSON.stringify(valid);
      const places = paths(JSON.parse(text)).filter((p) => p.length > 0 && typeof p.at(-1) === 'string');
      fc.assert(
        fc.property(
          fc.constantFrom(...places),
          fc.constantFrom('__proto__', 'constructor', 'prototype'),
          (path, key) => {
            // Spliced into the JSON text, so JSON.parse makes a real own "__proto__" key.
            const copy = JSON.parse(text);
            let target = copy;
            for (const k of path.slice(0, -1)) target = target[k];
            const marker = `"@@${++markers}"`;
            target[path.at(-1)!] = JSON.parse(marker);
            const spliced = JSON.stringify(copy).replace(marker, `{"${key}":{"polluted":true,"isAdmin":true}}`);
            const check = checkImportText(spliced);
            wellFormed(check);
            expect(check.ok).toBe(false);
            if (!check.ok) expect(check.problems.some((p) => p.path.includes(key))).toBe(true);
            notPolluted();
          },
        ),
        fuzzParams(500),
      );
    },
    FUZZ_TIMEOUT,
  );

  it('survives adversarial shapes: deep nesting, huge arrays, long strings, odd numbers', () => {
    const deep = (n: number, open: string, inner: string, close: string) => open.repeat(n) + inner + close.repeat(n);
    const texts = [
      deep(100_000, '[', '', ']'),
      `{"format":"kontext-export","formatVersion":1,"dossier":${deep(50_000, '{"a":', '1', '}')}}`,
      deep(20_000, '{"__proto__":', '1', '}'),
      // (200 000 empty entries take valibot ~6 s to list as problems: kept small here, see SECURITY.md.)
      `{"format":"kontext-export","formatVersion":1,"dossier":{"entries":[${'{},'.repeat(5_000)}{}]}}`,
      `{"schemaVersion":1,"entries":[],"articles":[],"timeline":[],"hash":"${'x'.repeat(2_000_000)}"}`,
      '{"format":"kontext-export","formatVersion":1e400}',
      '{"format":"kontext-export","formatVersion":"1"}',
      JSON.stringify({ ...valid, formatVersion: 2 }),
      JSON.stringify({
        ...valid,
        own: {
          ...valid.own,
          notes: Array.from({ length: 100_001 }, () => ({ entry: 'kursk', text: 'x', updatedAt: 1 })),
        },
      }),
    ];
    for (const text of texts) {
      const check = checkImportText(text);
      wellFormed(check);
      expect(check.ok).toBe(false);
    }
    notPolluted();
  }, 60_000);

  it(`runs ${runs(2000)} cases or more per property`, () => {
    expect(runs(2000)).toBeGreaterThanOrEqual(2000);
  });
});
