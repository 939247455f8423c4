import { beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../dossier/build';
import { loadBundledInput } from '../dossier/node/load';
import type { Dossier } from '../dossier/types';
import type { StoredState } from '../storage/reader-rules';
import { exportFile } from './export-file';
import { coded } from '../errors';
import { describeError, describeProblem, readablePlace, readableProblem } from '../ui/errors';
import { checkImportData, checkImportSize, checkImportText, MAX_IMPORT_BYTES, type ImportCheck } from './import-file';
import type { ExportFile } from './schema';

let bundled: Dossier;
let file: ExportFile;

beforeAll(async () => {
  bundled = await buildDossier(await loadBundledInput());
  const state: StoredState = {
    meta: undefined,
    dossier: bundled,
    own: {
      articles: [],
      entries: [],
      notes: [{ entry: 'kursk', text: 'Meine Notiz: a < b, 3 > 2', updatedAt: 1 }],
      hidden: ['tass'],
    },
  };
  file = await exportFile(state, new Date('2025-05-01T00:00:00Z'));
});

/** The export as JSON text, changed by `edit` first. */
function fileText(edit: (copy: any) => void = () => undefined): string {
  const copy = JSON.parse(JSON.stringify(file));
  edit(copy);
  return JSON.stringify(copy);
}

function problems(check: ImportCheck): string[] {
  expect(check.ok).toBe(false);
  return check.ok ? [] : check.problems.map((p) => describeProblem(p, 'en'));
}

describe('import file check', () => {
  it('accepts an export of the real dossier and gives back the same data', () => {
    const check = checkImportText(JSON.stringify(file));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.file).toEqual(file);
  });

  it('accepts a bare dossier as `npm run dossier` writes it', () => {
    const check = checkImportText(JSON.stringify(bundled));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.file.own).toEqual({ entries: [], notes: [], hidden: [] });
  });

  it('keeps the English claim speakers, and still accepts an older file without them', () => {
    const check = checkImportText(fileText());
    expect(check.ok).toBe(true);
    const speakers = (f: ExportFile) => f.dossier.entries.flatMap((e) => (e.disputes ?? []).flatMap((d) => d.claims));
    if (check.ok) expect(speakers(check.file).every((c) => c.byEn)).toBe(true);
    const older = checkImportText(
      fileText((f) => {
        for (const e of f.dossier.entries) for (const d of e.disputes ?? []) for (const c of d.claims) delete c.byEn;
        for (const t of f.dossier.timeline) {
          delete t.id;
          delete t.anchors;
        }
        for (const a of f.dossier.articles) delete a.dateRange;
      }),
    );
    expect(older.ok).toBe(true);
    if (older.ok) expect(speakers(older.file).some((c) => c.byEn !== undefined)).toBe(false);
  });

  it('refuses text that is not JSON, saying so', () => {
    expect(problems(checkImportText('{"format": "kontext-export",'))[0]).toMatch(/^The file is not valid JSON/);
    expect(problems(checkImportText(''))[0]).toMatch(/not valid JSON/);
  });

  it('names the place of a wrong type in the file', () => {
    const list = problems(checkImportText(fileText((f) => (f.dossier.entries[3].aliases[0] = 5))));
    expect(list).toContain('dossier.entries[3].aliases[0]: expected string, got 5.');
  });

  it('names missing fields and wrong kinds', () => {
    const list = problems(
      checkImportText(
        fileText((f) => {
          delete f.dossier.articles[1].text;
          f.dossier.entries[0].kind = 'planet';
        }),
      ),
    );
    expect(list).toContain('dossier.articles[1].text: missing.');
    expect(list.some((p) => p.startsWith('dossier.entries[0].kind: expected ("person"'))).toBe(true);
  });

  it('gives German problems too', () => {
    const check = checkImportText(fileText((f) => (f.own.hidden[0] = 7)));
    expect(check.ok ? [] : check.problems.map((p) => describeProblem(p, 'de'))).toContain(
      'own.hidden[0]: erwartet: Text, gefunden: 7.',
    );
  });

  it('refuses __proto__, constructor and prototype keys wherever they are', () => {
    const proto = fileText().replace('"mentions":{', '"mentions":{"__proto__":{"polluted":1},');
    const list = problems(checkImportText(proto));
    expect(list[0]).toMatch(/^dossier\.entries\[0\]\.mentions\.__proto__: the key "__proto__" is not allowed/);
    expect(problems(checkImportText('{"constructor": {"prototype": {}}}'))[0]).toMatch(/constructor/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over 10 MB before parsing it', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    const tooBig = checkImportSize(20 * 1024 * 1024);
    expect(tooBig?.error).toEqual(coded('importTooBig', { size: 20, max: 10 }));
    expect(tooBig && describeError(tooBig.error, 'en')).toBe(
      'The file is 20 MB; Kontext imports files of up to 10 MB.',
    );
    expect(describeError(coded('importTooBig', { size: 10.25, max: 10 }), 'de')).toBe(
      'Die Datei ist 10,3 MB groß; Kontext importiert Dateien bis 10 MB.',
    );
    const big = `{"x":"${'a'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(problems(checkImportText(big))[0]).toMatch(/up to 10 MB/);
  });

  it('refuses markup in names and script payloads in any text, naming the place', () => {
    const list = problems(
      checkImportText(fileText((f) => (f.dossier.entries[2].aliases[1] = '<img src=x onerror=alert(1)>'))),
    );
    expect(list).toEqual([
      'dossier.entries[2].aliases[1]: contains < or >: names and titles are plain text, markup is not imported.',
    ]);
    const script = 'contains HTML or a script (<…> or javascript:): Kontext imports text only.';
    expect(
      problems(checkImportText(fileText((f) => (f.dossier.articles[0].text += '\n<script>alert(1)</script>')))),
    ).toEqual([`dossier.articles[0].text: ${script}`]);
    expect(problems(checkImportText(fileText((f) => (f.own.notes[0].text = 'siehe javascript:alert(1)'))))).toEqual([
      `own.notes[0].text: ${script}`,
    ]);
    expect(
      problems(
        checkImportText(fileText((f) => (f.dossier.entries[0].summary.de = 'Text <IMG SRC=x ONERROR=alert(1)>'))),
      ),
    ).toEqual([`dossier.entries[0].summary.de: ${script}`]);
  });

  it('keeps comparison signs in plain text', () => {
    const check = checkImportText(fileText());
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.file.own.notes[0]!.text).toBe('Meine Notiz: a < b, 3 > 2');
  });

  it('refuses references to articles and entries the file does not have', () => {
    const list = problems(
      checkImportText(
        fileText((f) => {
          f.dossier.entries[1].facts[0].sources[0].article = 'nowhere';
          f.own.notes[0].entry = 'nobody';
          f.dossier.entries[2].id = f.dossier.entries[1].id;
        }),
      ),
    );
    expect(list).toContain('dossier.entries[1].facts[0].sources[0].article: cites the unknown article "nowhere".');
    expect(list).toContain('own.notes[0].entry: names the unknown entry "nobody".');
    expect(list.some((p) => p.startsWith('dossier.entries[2].id: the id'))).toBe(true);
  });

  it('refuses other files clearly', () => {
    expect(problems(checkImportData([]))[0]).toBe('The file holds no Kontext dossier.');
    expect(problems(checkImportData({ format: 'other' }))[0]).toMatch(/^format: expected "kontext-export"/);
    expect(problems(checkImportData({ format: 'kontext-export', formatVersion: 9 }))[0]).toMatch(
      /^formatVersion: version 9 is unknown/,
    );
    expect(problems(checkImportData({ hello: 1 }))[0]).toMatch(/no Kontext dossier/);
  });

  it('drops keys the contract does not know', () => {
    const check = checkImportText(fileText((f) => (f.dossier.entries[0].extra = { evil: true })));
    expect(check.ok).toBe(true);
    if (check.ok) expect('extra' in check.file.dossier.entries[0]!).toBe(false);
  });
});

describe('import problems for readers', () => {
  it('names the place in words, the technical path left as the detail', () => {
    expect(readablePlace('dossier.entries[3].aliases[0]', 'de')).toBe('Dossier, Eintrag 4, Name 1');
    expect(readablePlace('dossier.entries[3].aliases[0]', 'en')).toBe('Dossier, entry 4, name 1');
    expect(readablePlace('own.notes[0].text', 'de')).toBe('Ihre eigenen Daten, Notiz 1, Feld „text“');
    expect(readablePlace('dossier.entries[0].mentions.__proto__', 'de')).toBe(
      'Dossier, Eintrag 1, Feld „mentions“, Feld „__proto__“',
    );
    expect(readablePlace('own.notes[0].constructor', 'en')).toBe('Your own data, note 1, field “constructor”');
    expect(
      readableProblem(
        { path: 'own.hidden[0]', error: coded('importWrongType', { expected: 'string', received: '7' }) },
        'de',
      ),
    ).toBe('Ihre eigenen Daten, ausgeblendeter Eintrag 1: erwartet: Text, gefunden: 7.');
    expect(readableProblem({ path: '', error: coded('importNoDossier') }, 'en')).toBe(
      'The file holds no Kontext dossier.',
    );
  });
});

describe('dates in an import file', () => {
  it('refuses a date the calendar does not have, as the builder and the reader’s own articles do', () => {
    const list = problems(checkImportText(fileText((f) => (f.dossier.articles[0].date = '2025-02-30'))));
    expect(list).toEqual(['dossier.articles[0].date: "2025-02-30" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).']);
  });
});
