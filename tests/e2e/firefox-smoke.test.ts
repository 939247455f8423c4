/**
 * The Firefox build loads in Debian's Firefox ESR and marks a source article's names, also where a page adds
 * them later, and in frames once they have room and text (the pre-check reads a frame's size after layout);
 * the first hover has the card script injected (tabs.executeScript) and opens the card; the pointer leaving
 * hides it. The dwell ends in an animation frame; the tab puppeteer opens here gets frames throttled to about
 * one a second, so this also covers the dwell ending without one. Firefox has no DevTools protocol here and
 * the card's shadow root is closed: the card is found by hit-testing, as a click would find it.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from './support/firefox';
import { cardHit, markCentre, readPaintedMarks, showAndFillFrames } from './support/probes';
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

/**
 * The painted marks' texts once they include `wanted` (or, after 20 s, as they are): a page is
 * marked in slices, so the first marks are not yet all of them. Looks again every frame.
 */
async function marksOnceIncluding(page: Page, wanted: readonly string[]): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const texts = (await page.evaluate(readPaintedMarks)).map((mark) => mark.text);
    if (wanted.every((text) => texts.includes(text)) || Date.now() > deadline) return texts;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

describe('Firefox', () => {
  it('marks the names of a source article', async () => {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/article/000_b20129a4c843e593`);
    const texts = await marksOnceIncluding(page, ['Kim Jong-un', 'Pjöngjang', 'KCNA', 'Kursk']);
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
    const texts = await marksOnceIncluding(page, ['KCNA']);
    expect(texts).toEqual(expect.arrayContaining(['KCNA']));
  });

  it('marks a shown frame, and a hidden or empty frame once shown or filled, never a one-pixel frame', async () => {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/lazy/frames.html`);
    await waitForFrameMarks(page, 'shown', 'Gebiet Kursk');
    await page.evaluate(showAndFillFrames);
    await waitForFrameMarks(page, 'hidden', 'Gebiet Kursk');
    await waitForFrameMarks(page, 'empty', 'KCNA');
    // The pixel frame holds a name too, but no room for a line: it stays unmarked.
    expect(await frameMarks(page, 'pixel')).toEqual([]);
  });

  it('opens the card on the first hover (the card script is injected then) and hides it once the pointer left', async () => {
    const page = await firefox.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${server.origin}/article/000_b20129a4c843e593`);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('kontext')), {
      timeout: 20_000,
    });
    // Marked, but no card host until a card is wanted.
    expect(await page.evaluate(() => document.querySelector('kontext-ui') === null)).toBe(true);
    const point = await markCentre(page, 'KCNA');
    await page.mouse.move(point.x, point.y);
    await untilCard(page, true);
    // Away from the mark and the card: the grace period ends and the card goes.
    await page.mouse.move(2, 2);
    await untilCard(page, false);
    await page.close();
  });
});

async function frameMarks(page: Page, id: string): Promise<string[]> {
  const frame = await (await page.$(`#${id}`))?.contentFrame();
  return frame ? (await frame.evaluate(readPaintedMarks)).map((mark) => mark.text) : [];
}

async function waitForFrameMarks(page: Page, id: string, text: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await frameMarks(page, id)).includes(text)) {
    if (Date.now() > deadline) throw new Error(`no mark "${text}" in frame #${id}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the card is visible (or gone), polling the hit test. */
async function untilCard(page: Page, visible: boolean): Promise<void> {
  await page.waitForFunction(`(${cardHit.toString()})() === ${visible}`, { timeout: 20_000, polling: 50 });
}
