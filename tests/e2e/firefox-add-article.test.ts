/**
 * "+ Article" in Debian's Firefox ESR (MV2: `tabs.executeScript`), through the popup page.
 * Driven over Marionette: WebDriver BiDi may not open moz-extension:// pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_UUID } from './support/firefox';
import { launchFirefoxWithMarionette, runInPage, untilInPage, type MarionetteFirefox } from './support/marionette';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let firefox: MarionetteFirefox;
const POPUP = `moz-extension://${FIREFOX_EXTENSION_UUID}/popup.html`;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithMarionette();
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const run = <T>(script: string, args: unknown[] = []): Promise<T> => runInPage<T>(firefox, script, args);

/** Runs `script` in the page until it returns something truthy. */
const until = <T>(script: string, timeoutMs = 20_000): Promise<T> => untilInPage<T>(firefox, script, timeoutMs);

describe('Firefox: add this article', () => {
  it('reads the tab, shows what the page states, and adds it', async () => {
    await firefox.command('WebDriver:Navigate', { url: `${server.origin}/add/article.html` });
    const { handle } = await firefox.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await firefox.command('WebDriver:SwitchToWindow', { handle });
    await firefox.command('WebDriver:Navigate', { url: POPUP });
    // The popup describes a tab given by id: the article's.
    const { value: tabId } = await firefox.command<{ value: number }>('WebDriver:ExecuteAsyncScript', {
      script: `const done = arguments[arguments.length - 1];
        browser.tabs.query({}).then((tabs) => {
          const tab = tabs.find((t) => t.url === arguments[0]);
          done(tab ? tab.id : 0);
        }, () => done(0));`,
      args: [`${server.origin}/add/article.html`],
    });
    expect(tabId).toBeGreaterThan(0);
    await firefox.command('WebDriver:Navigate', { url: `${POPUP}?tab=${tabId}` });
    await until(`return document.querySelector('button[data-action="add-article"]') !== null;`);
    await run(`document.querySelector('button[data-action="add-article"]').click();`);
    const fields = await until<Record<string, string>>(`
      const form = document.querySelector('.add-article form');
      return form && Object.fromEntries([...form.querySelectorAll('input, select')].map((el) => [el.name, el.value]));`);
    expect(fields).toEqual({
      title: 'Nordkoreanische Soldaten an der Front in Kursk',
      outlet: 'Beispiel-Zeitung',
      date: '2025-05-03',
      language: 'de',
      author: 'Erika Muster',
      url: 'https://news.example/politik/kursk-soldaten',
      // The page is about the dossier's story: it is preselected.
      story: 'nordkorea-kursk',
    });
    await run(`document.querySelector('button[data-action="confirm-add"]').click();`);
    const added = await until<string>(
      `const el = document.querySelector('.add-article .added'); return el && el.textContent;`,
    );
    expect(added).toMatch(/(Hinzugefügt|Added)\./);
  }, 90_000);
});
