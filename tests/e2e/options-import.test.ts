/**
 * Export and import on the options page, end to end: an export imported again gives
 * the same data; a malformed file (bad JSON, wrong schema, 20 MB, `__proto__` keys,
 * markup where a name belongs) is refused with a message naming the place, and
 * nothing changes, script payloads in any text included; reset to the bundled dossier.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { openExtensionPage } from './dossier-support';

let browser: ExtensionBrowser;
let options: Page;
let exported: any;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  options = await openExtensionPage(browser, 'options.html');
  options.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await options.locator('button[name="export"]').waitFor();
  // Some of the reader's own data to carry through.
  await change({
    op: 'saveOwnEntry',
    entry: { name: 'Lokalblatt', aliases: ['Das Lokalblatt'], kind: 'organisation', note: 'Eigene Notiz' },
  });
  await change({ op: 'setNote', entry: 'kursk', text: 'Notiz zu Kursk' });
  await change({ op: 'setHidden', entry: 'tass', hidden: true });
  await change({
    op: 'addArticle',
    article: {
      title: 'Eigener Bericht',
      outlet: 'Testblatt',
      date: '2025-05-03',
      language: 'de',
      text: 'In der Region Kursk wird weiter gekämpft, berichtet Testblatt.',
    },
  });
});

afterAll(async () => {
  await browser?.close();
});

async function change(change: Record<string, unknown>): Promise<any> {
  const result = await options.evaluate(
    (c) => (globalThis as any).chrome.runtime.sendMessage({ type: 'changeDossier', change: c }),
    change,
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result;
}

/** Every record of every store, straight from IndexedDB (seededAt aside). */
function snapshot(): Promise<string> {
  return options.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('kontext');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown> = {};
    for (const name of [...db.objectStoreNames]) {
      out[name] = await new Promise((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    for (const meta of out.meta as { seededAt?: number }[]) delete meta.seededAt;
    return JSON.stringify(out);
  });
}

async function exportNow(): Promise<any> {
  const download = options.waitForEvent('download');
  await options.locator('button[name="export"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kontext-dossier-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(await readFile((await file.path())!, 'utf8'));
}

async function importFile(
  content: string | Buffer,
  mode: 'merge' | 'replace' = 'replace',
  name = 'import.json',
): Promise<void> {
  await options.locator('input[name="importFile"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
  await options.locator(`input[name="importMode"][value="${mode}"]`).check();
  await options.locator('button[name="import"]').click();
  await expect
    .poll(() => options.locator('.import-status').innerText(), { timeout: 20_000 })
    .not.toMatch(/^(|Datei wird geprüft …|Wird gespeichert …)$/);
}

const importMessage = () => options.locator('.import-status').innerText();

/** A copy of the export, changed by `edit`. */
function edited(edit: (file: any) => void): string {
  const copy = JSON.parse(JSON.stringify(exported));
  edit(copy);
  return JSON.stringify(copy);
}

describe('export and import', () => {
  it('exports everything, bundled and own, as one JSON file', async () => {
    exported = await exportNow();
    expect(exported.format).toBe('kontext-export');
    expect(exported.dossier.entries.length).toBeGreaterThanOrEqual(40);
    expect(exported.dossier.articles.filter((a: any) => a.addedByReader).map((a: any) => a.title)).toEqual([
      'Eigener Bericht',
    ]);
    expect(exported.own.entries.map((e: any) => e.id)).toEqual(['own-lokalblatt']);
    expect(exported.own.notes.map((n: any) => n.entry).sort()).toEqual(['kursk', 'own-lokalblatt']);
    expect(exported.own.hidden).toEqual(['tass']);
    expect(await options.locator('.data [role="status"]').first().innerText()).toMatch(/^Exportiert: kontext-dossier-/);
  });

  it('round-trips: importing the export (replace) after changes gives the same data back', async () => {
    const before = await snapshot();
    await change({ op: 'setNote', entry: 'kursk', text: 'geändert' });
    await change({ op: 'deleteOwnEntry', id: 'own-lokalblatt' });
    await change({ op: 'setHidden', entry: 'tass', hidden: false });
    expect(await snapshot()).not.toBe(before);
    await importFile(JSON.stringify(exported), 'replace');
    expect(await importMessage()).toBe(
      'Importiert: 1 eigener Artikel, 1 eigener Eintrag, 2 Notizen, 1 ausgeblendeter Eintrag.',
    );
    expect(await snapshot()).toBe(before);
    const again = await exportNow();
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
  });

  it('merges a file into the reader’s data when asked to', async () => {
    const before = JSON.parse(await snapshot());
    await importFile(
      edited((f) => {
        f.own.notes = [{ entry: 'putin', text: 'aus der Datei', updatedAt: 1 }];
        f.own.entries = [];
        f.own.hidden = [];
        // Its first story lists no own entries either (a story naming an unknown entry is refused).
        f.stories[0].entries = [];
      }),
      'merge',
    );
    expect(await importMessage()).toMatch(/^Importiert:/);
    const after = JSON.parse(await snapshot());
    expect(after.notes.map((n: any) => n.entry).sort()).toEqual(['kursk', 'own-lokalblatt', 'putin']);
    expect(after.ownEntries).toEqual(before.ownEntries);
    expect(after.ownArticles).toEqual(before.ownArticles);
    await change({ op: 'setNote', entry: 'putin', text: '' });
  });
});

describe('a malformed import is refused with a clear message and changes nothing', () => {
  let before: string;
  beforeAll(async () => {
    before = await snapshot();
  });

  it('bad JSON', async () => {
    await importFile('{"format": "kontext-export", "dossier": ');
    const message = await importMessage();
    expect(message).toMatch(/^Die Datei wurde nicht importiert; nichts wurde geändert\./);
    expect(message).toContain('Die Datei ist kein gültiges JSON');
    expect(await snapshot()).toBe(before);
  });

  it('a wrong schema, naming the place in the file', async () => {
    await importFile(edited((f) => (f.dossier.entries[3].aliases[0] = 5)));
    const message = await importMessage();
    // A reader's sentence, the technical path as the detail.
    expect(message).toContain(
      'Dossier, Eintrag 4, Name 1: erwartet: Text, gefunden: 5. (dossier.entries[3].aliases[0])',
    );
    await importFile(edited((f) => delete f.own));
    expect(await importMessage()).toContain('Ihre eigenen Daten: fehlt. (own)');
    await importFile(JSON.stringify({ hello: 'world' }));
    expect(await importMessage()).toContain('kein Kontext-Dossier');
    expect(await snapshot()).toBe(before);
  });

  it('a 20 MB file, refused by its size', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 0x20);
    big.write('{"format":"kontext-export"', 0);
    await importFile(big);
    expect(await importMessage()).toContain('Die Datei ist 20 MB groß; Kontext importiert Dateien bis 10 MB.');
    expect(await snapshot()).toBe(before);
  });

  it('__proto__ and constructor keys', async () => {
    const proto = JSON.stringify(exported).replace('"mentions":{', '"mentions":{"__proto__":{"polluted":"yes"},');
    await importFile(proto);
    expect(await importMessage()).toMatch(
      /Dossier, Eintrag 1, Feld „mentions“, Feld „__proto__“: der Schlüssel „__proto__“ ist nicht erlaubt\. \(dossier\.entries\[0\]\.mentions\.__proto__\)/,
    );
    await importFile(edited((f) => (f.own.notes[0].constructor = { prototype: { polluted: 'yes' } })));
    expect(await importMessage()).toContain('own.notes[0].constructor');
    expect(await options.evaluate(() => (({}) as any).polluted)).toBeUndefined();
    expect(await browser.worker.evaluate(() => (({}) as any).polluted)).toBeUndefined();
    expect(await snapshot()).toBe(before);
  });

  it('markup where a name belongs', async () => {
    await importFile(edited((f) => (f.own.entries[0].aliases[0] = '<img src=x onerror="alert(1)">')));
    expect(await importMessage()).toContain('Ihre eigenen Daten, Eintrag 1, Name 1: enthält < oder >');
    expect(await importMessage()).toContain('(own.entries[0].aliases[0])');
    await importFile(edited((f) => (f.dossier.articles[0].title = '<script>alert(1)</script>')));
    expect(await importMessage()).toContain('Dossier, Artikel 1, Feld „title“: enthält < oder >');
    expect(await snapshot()).toBe(before);
  });

  it('a quote that is not in its article (the builder’s check), naming the entry', async () => {
    await importFile(
      edited(
        (f) =>
          (f.dossier.entries.find((e: any) => e.id === 'kursk').facts[0].sources[0].quote =
            'Diese Worte stehen nirgends'),
      ),
    );
    const message = await importMessage();
    expect(message).toMatch(
      /^Die Datei wurde nicht importiert; nichts wurde geändert\. Das Dossier ließe sich so nicht bauen:/,
    );
    expect(message).toContain('entry "kursk"');
    expect(message).toContain('Diese Worte stehen nirgends');
    expect(await snapshot()).toBe(before);
  });

  it('script payloads in any text (a note, an article) are refused, naming the place', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await importFile(
      edited((f) => (f.own.notes.find((n: any) => n.entry === 'kursk').text = payload)),
      'replace',
    );
    expect(await importMessage()).toMatch(
      /Ihre eigenen Daten, Notiz \d+, Feld „text“: enthält HTML oder ein Skript.*\(own\.notes\[\d+\]\.text\)/,
    );
    await importFile(edited((f) => (f.dossier.articles[0].text += ' javascript:alert(1)')));
    expect(await importMessage()).toContain('Dossier, Artikel 1, Feld „text“: enthält HTML oder ein Skript');
    expect(await options.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});

describe('reset to the bundled dossier', () => {
  it('keeps own data unless the reader also asks to drop it', async () => {
    await importFile(
      edited((f) => (f.dossier.entries.find((e: any) => e.id === 'kursk').role.de = 'Importierte Rolle')),
      'replace',
    );
    expect(await importMessage()).toMatch(/^Importiert:/);
    const imported = JSON.parse(await snapshot());
    expect(imported.entries.find((e: any) => e.id === 'kursk').role.de).toBe('Importierte Rolle');
    expect(imported.meta[0].source).toBe('imported');

    await options.locator('button[name="reset"]').click();
    await options.locator('button[name="confirmReset"]').click();
    await expect
      .poll(() => options.locator('.data').innerText())
      .toContain('Das mitgelieferte Dossier ist wiederhergestellt.');
    const reset = JSON.parse(await snapshot());
    expect(reset.meta[0].source).toBe('bundled');
    expect(reset.entries.find((e: any) => e.id === 'kursk').role.de).not.toBe('Importierte Rolle');
    expect(reset.notes).toEqual(imported.notes);
    expect(reset.ownArticles).toEqual(imported.ownArticles);

    await options.locator('input[name="dropOwn"]').check();
    await options.locator('button[name="reset"]').click();
    await options.locator('button[name="confirmReset"]').click();
    await expect.poll(() => options.locator('.data').innerText()).toContain('eigene Daten wurden gelöscht');
    const dropped = JSON.parse(await snapshot());
    expect([dropped.notes, dropped.ownArticles, dropped.ownEntries, dropped.hiddenEntries]).toEqual([[], [], [], []]);
  });
});
