/**
 * Security, end to end in Chromium with the built extension:
 * - no network request, ever: the browser runs behind a recording proxy (every request
 *   of every context goes through it, service worker included) and Playwright's own
 *   request events are recorded too, for a full session: pages, hover, popup, options,
 *   dossier page, settings, notes;
 * - page text and the reader's note with HTML payloads render as text everywhere;
 * - pages cannot reach the background, spoofed window messages and events are ignored;
 * - the card's shadow root is closed: a page cannot read the reader's note;
 * - the built manifest: minimal permissions and a strict CSP for extension pages.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, EXTENSION_DIR, extensionLaunchArgs } from './support/chromium';
import { afterFrames, cardHtml, cardText, markCentre, waitForCard, waitForMarks } from './support/probes';
import { startHostileServer, type HostileServer } from './fixtures/hostile/server';
import { watchErrors, type ErrorWatch } from './fixtures/hostile/watch';

let server: HostileServer;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let userDataDir: string;
/** Every request Playwright saw, from any page, frame or the service worker. */
const seen: string[] = [];
const watches: ErrorWatch[] = [];

const PROBE = '/xss-probe';
/** HTML that, parsed as HTML anywhere, would ask the test server for PROBE and set a flag. */
const payload = (origin: string, tag: string) =>
  `<img src="${origin}${PROBE}-${tag}" onerror="window.__xss='${tag}'"><script>window.__xss='${tag}-script'</script><svg onload="window.__xss='${tag}-svg'">`;
const NOTE_MARKER = 'Geheime Notiz 7f3a';

/** Chromium's own background services, reached without any page or extension context. */
const BROWSER_SERVICE_HOSTS = new Set([
  'update.googleapis.com',
  'accounts.google.com',
  'clients2.google.com',
  'clientservices.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'safebrowsingohttpgateway.googleapis.com',
  'edgedl.me.gvt1.com',
]);

function isBrowserService(record: string): boolean {
  const [method, target = '', context = ''] = record.split(' ');
  const host = method === 'CONNECT' ? target.replace(/:\d+$/, '') : /^https?:/.test(target) ? new URL(target).host : '';
  return BROWSER_SERVICE_HOSTS.has(host) && context === '';
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  watches.push(await watchErrors(page));
  await page.goto(path.startsWith('chrome-extension:') ? path : `${server.origin}${path}`);
  return page;
}

const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;

beforeAll(async () => {
  server = await startHostileServer();
  userDataDir = await mkdtemp(join(tmpdir(), 'kontext-security-'));
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('No built extension: run `npm run build` first.');
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'de-DE',
    args: [
      ...extensionLaunchArgs('de-DE'),
      // Every request of every context, loopback included, goes through the test server as a proxy.
      `--proxy-server=${server.origin.replace('http://', '')}`,
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  context.on('request', (request) => seen.push(request.url()));
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});

afterAll(async () => {
  for (const watch of watches) await watch.detach();
  await context?.close();
  await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
  await server?.close();
});

describe('a full session', () => {
  it('shows page and dossier text with HTML payloads as text, in the card, the popup and the dossier page', async () => {
    // The reader's note carries a payload, saved the way the dossier page saves it.
    const dossier = await open(extensionUrl('dossier.html#entry=kim-jong-un'));
    const saved = await dossier.evaluate(
      (text) =>
        (globalThis as any).chrome.runtime.sendMessage({
          type: 'changeDossier',
          change: { op: 'setNote', entry: 'kim-jong-un', text },
        }),
      `${NOTE_MARKER} ${payload(server.origin, 'note')}`,
    );
    expect(saved).toMatchObject({ ok: true });
    await dossier.reload();
    // The dossier page shows the note in its editor, as the text it is.
    await expect
      .poll(() => dossier.getByLabel('Private Notiz').inputValue(), { timeout: 10_000 })
      .toContain(NOTE_MARKER);
    expect(await dossier.getByLabel('Private Notiz').inputValue()).toContain('<img src=');

    // A page whose title and text carry payloads (escaped: the page shows them as text).
    const page = await open('/hostile/payload.html');
    await waitForMarks(page, 2);
    const point = await markCentre(page, 'Kim Jong-un');
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page);
    expect(card).toContain(NOTE_MARKER);
    expect(card).toContain('<img src=');
    const html = (await cardHtml(page))!;
    expect(html).not.toMatch(/<img|<script|<svg onload/);
    expect(html).toContain('&lt;img');

    // The popup summarises the page (whose title and text carry payloads).
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id as number;
    });
    const popup = await open(extensionUrl(`popup.html?tab=${tabId}`));
    await popup.locator('li.entry').first().waitFor({ timeout: 10_000 });
    expect(await popup.locator('body').innerText()).toContain('Kim Jong-un');

    // Options, with a setting changed and changed back: the full tour of extension pages.
    const options = await open(extensionUrl('options.html'));
    const toggle = options.locator('input[name="active"]');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((name) => !name.startsWith('kontext-')));
    await toggle.check();
    await waitForMarks(page, 2);

    // Anything parsed as HTML would have run by the next rendered frames (its requests are checked below).
    for (const target of [dossier, page, popup, options]) await afterFrames(target);
    for (const target of [dossier, page, popup, options]) {
      expect(await target.evaluate(() => (window as any).__xss ?? null), target.url()).toBeNull();
    }
    expect(server.requests.filter((r) => r.includes(PROBE))).toEqual([]);
    for (const target of [dossier, popup, options]) await target.close();
    await page.close();
  });

  it('cannot be reached by pages: no runtime messaging from a page, window messages and spoofed events ignored', async () => {
    const page = await open('/hostile/article.html');
    await waitForMarks(page, 4);
    const before = await page.evaluate(() =>
      [...CSS.highlights].filter(([n]) => n.startsWith('kontext-')).reduce((s, [, h]) => s + h.size, 0),
    );
    const result = await page.evaluate(async (id) => {
      const outcome: Record<string, string> = {};
      const chrome = (window as any).chrome;
      // No externally_connectable: a web page has no runtime.sendMessage to Kontext at all.
      outcome.runtime = typeof chrome?.runtime?.sendMessage;
      try {
        await chrome.runtime.sendMessage(id, { type: 'getEntries', ids: ['kim-jong-un'] });
        outcome.send = 'answered';
      } catch (error) {
        outcome.send = `failed: ${(error as Error).message}`;
      }
      // Spoofs of the extension's own messages and of WXT's "newer copy started" event.
      for (const message of [
        { type: 'getMatchIndex' },
        { type: 'stepMention', direction: 1 },
        { type: 'revealMention', entry: 'kim-jong-un' },
        { type: 'changeDossier', change: { op: 'reset', dropOwn: true } },
      ])
        window.postMessage(message, '*');
      const started = `${id}:content:wxt:content-script-started`;
      window.postMessage({ type: started, contentScriptName: 'content', messageId: 'spoof' }, '*');
      document.dispatchEvent(
        new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'spoof' } }),
      );
      // Window messages arrive in order: once this one is here, every spoof was dispatched.
      await new Promise<void>((resolve) => {
        const sentinel = 'kontext-test-sentinel';
        window.addEventListener('message', function done(event) {
          if (event.data !== sentinel) return;
          window.removeEventListener('message', done);
          resolve();
        });
        window.postMessage(sentinel, '*');
      });
      // A later page edit: marked only if Kontext did not step aside for the spoofed "newer copy".
      const p = document.createElement('p');
      p.textContent = 'Später: Kursk.';
      document.body.append(p);
      return outcome;
    }, extensionId);
    expect(result.runtime).toBe('undefined');
    expect(result.send).toMatch(/^failed/);
    // Still marking (the later edit too), no card opened by a spoofed step or reveal.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...CSS.highlights].filter(([n]) => n.startsWith('kontext-')).reduce((s, [, h]) => s + h.size, 0),
        ),
      )
      .toBe(before + 1);
    expect(await cardText(page)).toBeNull();
    // The reader's note from the first test survived the spoofed reset.
    const note = await worker.evaluate(async () => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('kontext');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const value = await new Promise<any>((resolve) => {
        const get = db.transaction('notes').objectStore('notes').get('kim-jong-un');
        get.onsuccess = () => resolve(get.result);
      });
      db.close();
      return value?.text as string | undefined;
    });
    expect(note).toContain(NOTE_MARKER);
    await page.close();
  });

  it("keeps the card's shadow root closed: a page cannot read the reader's note", async () => {
    const page = await open('/hostile/payload.html');
    await waitForMarks(page, 2);
    const point = await markCentre(page, 'Kim Jong-un');
    await page.mouse.move(point.x, point.y);
    expect(await waitForCard(page)).toContain(NOTE_MARKER);
    const leak = await page.evaluate((marker) => {
      const host = document.querySelector('kontext-ui');
      const texts = [
        document.body.innerText,
        document.documentElement.innerText,
        document.documentElement.textContent ?? '',
        document.documentElement.outerHTML,
      ];
      const selection = getSelection()!;
      selection.selectAllChildren(document.documentElement);
      texts.push(selection.toString());
      selection.removeAllRanges();
      return {
        host: host !== null,
        shadowRoot: host ? host.shadowRoot : 'no host',
        childNodes: host?.childNodes.length,
        leaked: texts.some((text) => text.includes(marker)),
        // The page cannot open a second root on the host either.
        attach: (() => {
          try {
            host?.attachShadow({ mode: 'open' });
            return 'attached';
          } catch (error) {
            return (error as Error).name;
          }
        })(),
      };
    }, NOTE_MARKER);
    expect(leak).toEqual({ host: true, shadowRoot: null, childNodes: 0, leaked: false, attach: 'NotSupportedError' });
    await page.close();
  });

  it('made no network request to anything but the test server and the extension itself', async () => {
    const origin = server.origin;
    // Through the proxy: only the test server's own pages. Chromium's own background services
    // (extension/component updater, account check) also use the proxy; they are set aside by
    // host and only when no page or extension context sent them (no Origin or Referer). Any
    // request of Kontext's, from the service worker, an extension page or a content script,
    // is also in Playwright's record below, which has no such exception.
    const browserOwn = server.requests.filter((r) => isBrowserService(r));
    const foreignAtProxy = server.requests.filter((r) => {
      const [method, target = ''] = r.split(' ');
      if (isBrowserService(r)) return false;
      if (method === 'CONNECT') return true;
      return target.startsWith('http') && !target.startsWith(`${origin}/`);
    });
    if (browserOwn.length > 0)
      console.log(
        `[security] Chromium's own requests (not Kontext's): ${[...new Set(browserOwn.map((r) => new URL(r.startsWith('CONNECT') ? `https://${r.split(' ')[1]}` : r.split(' ')[1]!).host))].join(', ')}`,
      );
    const foreignSeen = seen.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith(`chrome-extension://${extensionId}/`),
    );
    console.log(
      `[security] requests seen: ${seen.length} (proxy: ${server.requests.length}); foreign: ${foreignAtProxy.length + foreignSeen.length}`,
    );
    expect(seen.length).toBeGreaterThan(5);
    expect(foreignAtProxy).toEqual([]);
    expect(foreignSeen).toEqual([]);
    // The extension's own pages under their CSP: nothing of theirs went over the network at all.
    expect(seen.filter((url) => url.startsWith('http') && url.includes(extensionId))).toEqual([]);
  });

  it('saw no error in any page or extension page', () => {
    expect(watches.flatMap((w) => w.errors)).toEqual([]);
  });
});

describe('the built manifest', () => {
  it('asks for the minimum permissions and sets a strict CSP for extension pages', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    // `scripting` and host access: "+ Article" injects the extractor into the tab on request, and the
    // pre-check has the full content script injected into a frame, on exactly the hosts the content
    // script already runs on (no wider access, no new warning).
    // `unlimitedStorage`: what keeps the reader's data from eviction (storage-persistence.test.ts).
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'scripting']);
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([
      ['http://*/*', 'https://*/*'],
    ]);
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    );
    expect(directives).toMatchObject({
      'script-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'connect-src': "'none'",
    });
    // README's Permissions section names exactly these.
    const readme = await readFile(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Permissions'),
      readme.indexOf('\n## ', readme.indexOf('## Permissions') + 5),
    );
    expect(section).toContain('`storage`');
    expect(section).toContain('`scripting`');
    expect(section).toContain('`unlimitedStorage`');
    expect(section).toContain('`http://*/*`');
  });
});
