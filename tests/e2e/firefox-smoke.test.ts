/** The Firefox build loads in Debian's Firefox ESR and marks a source article's names, also where a page adds them later. */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from './support/firefox';
import { readPaintedMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let firefox: Browser;

beforeAll(async () => {
  server = await startServer();
  ({ browser: firefox } = await launchFirefoxWithExtension());
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('marks the names of a source article', async () => {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/article/000_b20129a4c843e593`);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('kontext')), {
      timeout: 20_000,
    });
    const texts = (await page.evaluate(readPaintedMarks)).map((mark) => mark.text);
    expect(texts).toEqual(expect.arrayContaining(['Kim Jong-un', 'Pjöngjang', 'KCNA', 'Kursk']));
  });

  it('marks an article a page adds after its load (the pre-check has the full script injected then)', async () => {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/lazy/quiet.html`);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Nordkoreanische Soldaten kämpfen im russischen Gebiet Kursk, meldet KCNA.';
      document.getElementById('main')!.append(p);
    });
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('kontext')), {
      timeout: 20_000,
    });
    const texts = (await page.evaluate(readPaintedMarks)).map((mark) => mark.text);
    expect(texts).toEqual(expect.arrayContaining(['KCNA']));
  });
});
