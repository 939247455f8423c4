/**
 * Proposed entries on the dossier page, end to end in the built extension: the reader adds a real
 * article, Kontext proposes entries from it; the reader edits and accepts one (marked at once on a page
 * that was open all along, its card showing the role and the chosen sentence), merges two, and rejects
 * one (not proposed again after a reload), takes a rejection back (undo, or from the list of rejected
 * proposals), and carries rejections through an export, a reset and an import.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { paintedMarks, waitForMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';
import { hoverCard, openDossier, runAxe } from './dossier-support';

const ARTICLE = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'propose', 'de-energie-heldout2', 'bund-naturschutz.de-habeck.txt'),
  'utf8',
);
const [TITLE, ...BODY] = ARTICLE.split('\n');
const FIRST_SENTENCE = BODY[0]!.slice(0, BODY[0]!.indexOf('verabschiedet.') + 'verabschiedet.'.length);

let server: TestServer;
let browser: ExtensionBrowser;
let page: Page;
let dossier: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/proposals/page.html`);
  await waitForMarks(page, 1);
  dossier = await openDossier(browser, '#mine');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const proposal = (name: string) =>
  dossier
    .locator('li.proposal')
    .filter({ has: dossier.getByRole('heading', { level: 3, name: new RegExp(`^${name} ·`) }) });
const proposalNames = () => dossier.locator('li.proposal h3').allTextContents();
const texts = async () => (await paintedMarks(page)).map((m) => m.text);

describe('proposed entries', () => {
  it('proposes entries from the reader’s article, with their sentences and the article’s source chip', async () => {
    // The dossier page says there is nothing to propose from until the reader adds an article.
    await expect.poll(() => dossier.locator('section.proposals').textContent()).toContain('Fügen Sie Artikel hinzu');
    await dossier.getByLabel('Titel').fill(TITLE!);
    await dossier.getByLabel('Text', { exact: true }).fill(BODY.join('\n'));
    await dossier.getByRole('button', { name: 'Artikel hinzufügen' }).click();
    await expect.poll(() => dossier.locator('.own-article').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(proposalNames, { timeout: 20_000 }).toContainEqual(expect.stringMatching(/^Markus Söder/));
    const soeder = proposal('Markus Söder');
    expect(await soeder.locator('.role').textContent()).toBe('Ministerpräsident');
    expect(await soeder.locator('.proposal-sentences blockquote').first().textContent()).toBe(`„${FIRST_SENTENCE}“`);
    // The source is the dossier's chip (the title's first words), the full title on hover: not the
    // whole title repeated after every sentence.
    const chip = soeder.locator('.proposal-sentences a.chip').first();
    expect(await chip.getAttribute('title')).toContain(TITLE);
    expect((await chip.textContent())!.length).toBeLessThan(TITLE!.length);
    expect(await soeder.locator('.proposal-sentences a:not(.chip)').count()).toBe(0);
    // A sentence that is itself a quotation keeps its own marks, without a second pair („„…).
    const mergner = await proposal('Richard Mergner').locator('.proposal-sentences blockquote').allTextContents();
    expect(mergner).toContainEqual(expect.stringMatching(/^„Obwohl/));
    expect(mergner.filter((quote) => /^„„/.test(quote))).toEqual([]);
    expect(await runAxe(dossier)).toEqual([]);
  });

  it('fits each proposal’s actions on two rows at 420 px, "Ablehnen" not alone on one', async () => {
    const size = dossier.viewportSize()!;
    await dossier.setViewportSize({ width: 420, height: size.height });
    try {
      // Every control of the proposal: accept, edit, reject and the merge list with its button.
      const actions = proposal('Markus Söder');
      const rowOf = async (name: RegExp) => (await actions.getByRole('button', { name }).boundingBox())!.y;
      await expect.poll(() => rowOf(/^Ablehnen\W/)).toBe(await rowOf(/^Übernehmen\W/));
      const tops = await actions
        .locator('button, select')
        .evaluateAll((controls) => controls.map((c) => Math.round(c.getBoundingClientRect().top)));
      // Rows by their top edge (a select and a button on one row differ by a pixel or two).
      const rows = tops.filter((top, i) => tops.findIndex((other) => Math.abs(other - top) < 8) === i);
      expect(rows.length).toBeLessThanOrEqual(2);
      // Nothing sticks out of the page sideways.
      expect(await dossier.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    } finally {
      await dossier.setViewportSize(size);
    }
  });

  it('edits a proposal and accepts it: marked on the open page at once, its card shows role and sentence', async () => {
    expect(await texts()).not.toContain('Markus Söder');
    const soeder = proposal('Markus Söder');
    await soeder.getByRole('button', { name: /^Bearbeiten\W+Markus Söder$/ }).click();
    await soeder.getByLabel('Weitere Schreibweisen (optional)').fill('Söder');
    const keep = soeder.getByRole('checkbox', { name: 'Satz übernehmen' });
    expect(await keep.count()).toBeGreaterThanOrEqual(2);
    // Only the first sentence goes with the entry.
    for (let i = 1; i < (await keep.count()); i++) await keep.nth(i).uncheck();
    await soeder.getByRole('button', { name: 'Fertig' }).click();
    expect(await soeder.locator('.proposal-sentences blockquote').count()).toBe(1);
    expect(await soeder.locator('p.muted').first().textContent()).toContain('Auch: Söder');
    await soeder.getByRole('button', { name: /^Übernehmen\W+Markus Söder$/ }).click();
    await expect
      .poll(() => dossier.locator('[role="status"]').allTextContents())
      .toContainEqual(expect.stringContaining('„Markus Söder“ übernommen'));
    // Accepted: no longer proposed, listed among the own entries.
    await expect.poll(proposalNames).not.toContainEqual(expect.stringMatching(/^Markus Söder/));
    await expect
      .poll(() => dossier.locator('.own-entry').allTextContents())
      .toContainEqual(expect.stringContaining('Markus Söder'));

    // The page open all along marks it without a reload; the card shows the role and the chosen sentence.
    await expect.poll(texts, { timeout: 10_000 }).toContain('Markus Söder');
    const card = await hoverCard(page, 'Markus Söder');
    expect(card).toContain('Ministerpräsident');
    expect(card).toContain(FIRST_SENTENCE);
  });

  it('merges two proposals into one', async () => {
    await dossier.bringToFront();
    const bund = proposal('BUND Naturschutz');
    await bund
      .getByRole('combobox', { name: 'Zusammenführen mit: BUND Naturschutz' })
      .selectOption({ label: 'Richard Mergner' });
    await bund.getByRole('button', { name: /^Zusammenführen\W+BUND Naturschutz$/ }).click();
    await expect.poll(proposalNames).not.toContainEqual(expect.stringMatching(/^Richard Mergner/));
    expect(await bund.locator('p.muted').first().textContent()).toContain('Richard Mergner');
    expect(await dossier.locator('[role="status"]').allTextContents()).toContainEqual(
      '„Richard Mergner“ mit „BUND Naturschutz“ zusammengeführt.',
    );
  });

  it('rejects a proposal: gone, and not proposed again after a reload', async () => {
    await proposal('BUND Naturschutz')
      .getByRole('button', { name: /^Ablehnen\W+BUND Naturschutz$/ })
      .click();
    await expect.poll(proposalNames).not.toContainEqual(expect.stringMatching(/^BUND Naturschutz/));
    await dossier.reload();
    // The proposals are computed anew; those rejected (and what was merged into them) stay away.
    await expect.poll(proposalNames, { timeout: 20_000 }).toContainEqual(expect.stringMatching(/^Bayern/));
    const names = await proposalNames();
    expect(names).not.toContainEqual(expect.stringMatching(/^BUND Naturschutz/));
    expect(names).not.toContainEqual(expect.stringMatching(/^Richard Mergner/));
    expect(names).not.toContainEqual(expect.stringMatching(/^Markus Söder/));
  });

  it('in a story of the reader’s own: proposals from its articles, accepted into that story', async () => {
    const other = readFileSync(
      join(
        import.meta.dirname,
        '..',
        'fixtures',
        'propose',
        'de-energie-heldout2',
        'vorangedacht.de.kohleausstieg.txt',
      ),
      'utf8',
    );
    const [otherTitle, ...otherBody] = other.split('\n');
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#stories`);
    await dossier.locator('form.new-story').waitFor({ timeout: 10_000 });
    await dossier.fill('#new-story-de', 'Kohleausstieg');
    await dossier.fill('#new-story-en', 'Coal phase-out');
    await dossier.locator('form.new-story button[type="submit"]').click();
    const story = dossier.locator('article.story[data-story^="story-"]');
    await story.waitFor({ timeout: 10_000 });
    await dossier.getByLabel('Titel').fill(otherTitle!);
    await dossier.getByLabel('Text', { exact: true }).fill(otherBody.join('\n'));
    await dossier.getByRole('button', { name: 'Artikel hinzufügen' }).click();
    // Only this story's article is read: the first story's proposals (Bayern) are not here.
    await expect
      .poll(proposalNames, { timeout: 20_000 })
      .toContainEqual(expect.stringMatching(/^Anna Veronika Wendland/));
    expect(await proposalNames()).not.toContainEqual(expect.stringMatching(/^Bayern/));
    await proposal('Anna Veronika Wendland')
      .getByRole('button', { name: /^Übernehmen\W+Anna Veronika Wendland$/ })
      .click();
    await dossier.locator('.story-entries li', { hasText: 'Anna Veronika Wendland' }).waitFor({ timeout: 10_000 });
  });

  it('edits by keyboard: the editor starts in the name field, cancel changes nothing and returns', async () => {
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#mine`);
    await expect.poll(proposalNames, { timeout: 20_000 }).toContainEqual(expect.stringMatching(/^Bayern/));
    const bayern = proposal('Bayern');
    await bayern.getByRole('button', { name: /^Bearbeiten\W+Bayern$/ }).focus();
    await dossier.keyboard.press('Enter');
    await expect.poll(() => dossier.evaluate(() => document.activeElement?.id)).toMatch(/^f-proposal-name-/);
    await dossier.keyboard.type(' Freistaat');
    await bayern.getByLabel('Rolle (optional)').fill('Freistaat');
    await bayern.getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => dossier.evaluate(() => document.activeElement?.textContent)).toMatch(/^Bayern ·/);
    expect(await bayern.locator('.role').count()).toBe(0);
  });

  it('takes a rejection back right after it, and brings a rejected proposal back from the list', async () => {
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#mine`);
    await expect.poll(proposalNames, { timeout: 20_000 }).toContainEqual(expect.stringMatching(/^Bayern/));
    await proposal('Bayern')
      .getByRole('button', { name: /^Ablehnen\W+Bayern$/ })
      .click();
    await expect.poll(proposalNames).not.toContainEqual(expect.stringMatching(/^Bayern/));
    // The keyboard goes on with the next proposal, not back to the top of the page.
    expect(await dossier.evaluate(() => document.activeElement?.closest('li.proposal') !== null)).toBe(true);
    await dossier.getByRole('button', { name: /^Rückgängig\W+Bayern$/ }).click();
    await expect.poll(proposalNames).toContainEqual(expect.stringMatching(/^Bayern/));
    expect(await dossier.locator('[role="status"]').allTextContents()).toContainEqual(
      '„Bayern“ wird wieder vorgeschlagen.',
    );
    expect(await dossier.evaluate(() => document.activeElement?.textContent)).toMatch(/^Bayern ·/);
    expect(await dossier.getByRole('button', { name: /^Rückgängig/ }).count()).toBe(0);

    // Rejected before the reload (BUND Naturschutz with Richard Mergner merged into it): listed, collapsed.
    const rejected = dossier.locator('details.proposals-rejected');
    expect(await rejected.locator('summary').textContent()).toBe('2 abgelehnte Vorschläge');
    expect(await rejected.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await rejected.locator('summary').click();
    await rejected.getByRole('button', { name: /^Wieder vorschlagen\W+BUND Naturschutz$/ }).click();
    await expect.poll(proposalNames).toContainEqual(expect.stringMatching(/^BUND Naturschutz/));
    expect(await rejected.locator('summary').textContent()).toBe('Ein abgelehnter Vorschlag');
    expect(await runAxe(dossier)).toEqual([]);
  });

  it('rejections go with the export and come back with it; a file with a bad one changes nothing', async () => {
    await proposal('Bayern')
      .getByRole('button', { name: /^Ablehnen\W+Bayern$/ })
      .click();
    await expect.poll(proposalNames).not.toContainEqual(expect.stringMatching(/^Bayern/));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const download = options.waitForEvent('download');
    await options.locator('button[name="export"]').click();
    const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
    const first = exported.stories.find((s: { first?: boolean }) => s.first);
    expect(first.rejected).toEqual(expect.arrayContaining(['bayern', 'richard mergner']));
    expect(first.rejected).not.toContain('bund naturschutz');

    const importFile = async (content: unknown) => {
      await options.locator('input[name="importFile"]').setInputFiles({
        name: 'import.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(content)),
      });
      await options.locator('input[name="importMode"][value="replace"]').check();
      await options.locator('button[name="import"]').click();
      await expect
        .poll(() => options.locator('.import-status').innerText(), { timeout: 20_000 })
        .not.toMatch(/^(|Datei wird geprüft …|Wird gespeichert …)$/);
      return options.locator('.import-status').innerText();
    };
    const bad = structuredClone(exported);
    bad.stories.find((s: { first?: boolean }) => s.first).rejected = ['<b>bayern</b>'];
    const refused = await importFile(bad);
    expect(refused).toContain('Die Datei wurde nicht importiert; nichts wurde geändert.');
    expect(refused).toContain('enthält < oder >');

    // The reader drops their own data (the rejections go with it), then takes the export back in.
    await options.locator('input[name="dropOwn"]').check();
    await options.locator('button[name="reset"]').click();
    await options.locator('button[name="confirmReset"]').click();
    await expect.poll(() => options.locator('.data').innerText()).toContain('eigene Daten wurden gelöscht');
    await dossier.reload();
    await expect.poll(() => dossier.locator('section.proposals').textContent()).toContain('Fügen Sie Artikel hinzu');
    const imported = await importFile(exported);
    expect(imported).toMatch(/^Importiert:/);
    await dossier.reload();
    await expect.poll(proposalNames, { timeout: 20_000 }).toContainEqual(expect.stringMatching(/^BUND Naturschutz/));
    expect(await proposalNames()).not.toContainEqual(expect.stringMatching(/^Bayern/));
    expect(await dossier.locator('details.proposals-rejected summary').textContent()).toBe('2 abgelehnte Vorschläge');
    await options.close();
  });
});
