/**
 * Proposed entries in Debian's Firefox ESR: the dossier page's worker computes proposals from an
 * article the reader adds (Firefox loads the worker under the extension pages' CSP too), stores them in
 * storage.local, and keeps the reader's rejections there (undone at once, or kept over a reload).
 * Driven over Marionette: WebDriver BiDi may not open moz-extension:// pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_UUID } from './support/firefox';
import { launchFirefoxWithMarionette, runInPage, untilInPage, type MarionetteFirefox } from './support/marionette';

const ARTICLE = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'propose', 'de-energie-heldout2', 'bund-naturschutz.de-habeck.txt'),
  'utf8',
);
const [TITLE, ...BODY] = ARTICLE.split('\n');

let firefox: MarionetteFirefox;

beforeAll(async () => {
  firefox = await launchFirefoxWithMarionette();
}, 120_000);

afterAll(async () => {
  await firefox?.close();
});

const run = <T>(script: string, args: unknown[] = []): Promise<T> => runInPage<T>(firefox, script, args);

/** Runs `script` in the page until it returns something truthy. */
const until = <T>(script: string, timeoutMs = 60_000): Promise<T> => untilInPage<T>(firefox, script, timeoutMs);

describe('Firefox: proposed entries', () => {
  it('proposes entries from an added article, computed in the worker', async () => {
    await firefox.command('WebDriver:Navigate', { url: `moz-extension://${FIREFOX_EXTENSION_UUID}/dossier.html#mine` });
    await until(`return document.querySelector('#f-title') !== null;`);
    // Preact reads the fields on input events; each field once the last one's state is in.
    const set = (id: string, value: string) =>
      run(
        `const el = document.getElementById(arguments[0]); el.value = arguments[1];
         el.dispatchEvent(new Event('input', { bubbles: true }));`,
        [id, value],
      );
    await set('f-title', TITLE!);
    await until(`return document.getElementById('f-title').value.length > 0;`);
    await set('f-text', BODY.join('\n'));
    await until(`return document.getElementById('f-text').value.length > 0;`);
    await run(`document.getElementById('f-text').form.requestSubmit();`);
    await until(`return document.querySelectorAll('.own-article').length === 1;`);
    const names = await until<string[]>(`
      const names = [...document.querySelectorAll('li.proposal h3')].map((h) => h.textContent);
      return names.length > 0 && names;`);
    expect(names).toContainEqual(expect.stringMatching(/^Markus Söder/));
    const role = await run<string>(
      `return [...document.querySelectorAll('li.proposal')].find((li) => li.querySelector('h3').textContent.startsWith('Markus Söder')).querySelector('.role').textContent;`,
    );
    expect(role).toBe('Ministerpräsident');
  }, 180_000);

  it('stores the proposals, takes a rejection back, and keeps rejections over a reload', async () => {
    // The worker's answer is stored for the next visit (storage.local, as in Chromium).
    const stored = await run<number>(
      `return browser.storage.local.get('proposalCache').then((r) =>
         Math.max(0, ...Object.values(r.proposalCache ?? {}).map((c) => c.proposals.length)));`,
    );
    expect(stored).toBeGreaterThan(0);
    const names = () => `return [...document.querySelectorAll('li.proposal h3')].map((h) => h.textContent);`;
    const clickIn = (selector: string, label: RegExp) =>
      run(
        `const button = [...document.querySelectorAll(arguments[0])].find((b) => new RegExp(arguments[1]).test(b.textContent));
         button.click();`,
        [selector, label.source],
      );
    await clickIn('li.proposal button', /^(Ablehnen|Reject)\W+Markus Söder$/);
    await until(
      `return ![...document.querySelectorAll('li.proposal h3')].some((h) => h.textContent.startsWith('Markus Söder'));`,
    );
    await clickIn('.proposals-status button', /^(Rückgängig|Undo)\W+Markus Söder$/);
    await until(
      `return [...document.querySelectorAll('li.proposal h3')].some((h) => h.textContent.startsWith('Markus Söder'));`,
    );
    expect(
      await run<string[]>(
        `return browser.storage.local.get('proposalRejections').then((r) => Object.values(r.proposalRejections ?? {}).flat());`,
      ),
    ).not.toContain('markus söder');

    await clickIn('li.proposal button', /^(Ablehnen|Reject)\W+Markus Söder$/);
    await until(`return document.querySelector('details.proposals-rejected') !== null;`);
    // A flag on the old document: the list counts only once the reloaded page shows it.
    await run(`window.kontextBeforeReload = true; location.reload();`);
    await until(`return !window.kontextBeforeReload && document.querySelectorAll('li.proposal').length > 0;`);
    expect(await run<string[]>(names())).not.toContainEqual(expect.stringMatching(/^Markus Söder/));
    const rejected = await until<string>(`return document.querySelector('details.proposals-rejected')?.textContent;`);
    expect(rejected).toContain('Markus Söder');
  }, 180_000);
});
