/**
 * The page-level relevance evaluation's core, shared by `npm run eval:relevance` and the
 * unit test that keeps its figures.
 *
 * Runs what the content script decides on every page of a labelled set, in Node (linkedom):
 * text blocks and their regions, the mentions, the page decision, and which marks follow.
 *
 * - `tests/fixtures/relevance-pages/`: real saved news pages (index.json gives each page's
 *   class: near the story, or unrelated), the 15 pages of shared/pages among them;
 * - `tests/eval/`: the labelled texts (tests/eval/relevance-classes.json: about the story,
 *   near it, unrelated), each set as the article of a news page with a site's chrome
 *   (navigation, a most-read list, a footer naming agencies), so span precision and recall
 *   on the pages about the story are measured through the page decision;
 * - `--pages DIR`: more saved pages, judged as unrelated (or by DIR/index.json).
 *
 * Prints, per class of page: pages, pages judged about the story, pages with any mark,
 * pages with background marks, background and story marks; on the pages about the story,
 * span precision and recall over all entries.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildDossier } from '../../src/dossier/build';
import { loadBundledInput } from '../../src/dossier/node/load';
import type { Dossier } from '../../src/dossier/types';
import { aliasSetFor, compileMatcher, type Matcher } from '../../src/matching';
import { observeDocument, toObservation } from '../../src/content/observe-page';
import {
  isMarked,
  judgePage,
  storyProfile,
  type MarkPolicy,
  type StoryJudgement,
} from '../../src/relevance/page-relevance';
import { pair, parseLabelled, type Label } from './labels';

const ROOT = join(import.meta.dirname, '..', '..');
const EVAL = join(ROOT, 'tests', 'eval');
export const PAGES = join(ROOT, 'tests', 'fixtures', 'relevance-pages');
export const CLASSES = ['about', 'near', 'unrelated'] as const;
export type PageClass = (typeof CLASSES)[number];

export interface EvalPage {
  name: string;
  /** Where the page comes from: a labelled text, or the `source` of the saved page. */
  source: string;
  cls: PageClass;
  lang: string;
  html: string;
  /** For labelled texts: the text and its labels; paragraph i is `<… data-para="i">`. */
  labelled?: { lines: { start: number; text: string }[]; gold: Label[] };
}

export interface PageResult {
  name: string;
  source: string;
  cls: PageClass;
  lang: string;
  judgement: StoryJudgement;
  shown: { entry: string; tier: 'story' | 'background'; region: string }[];
  /** Labelled pages: found marks in the article, as labels. */
  found?: Label[];
  gold?: Label[];
}

const CHROME = {
  de: {
    site: 'Beispiel-Nachrichten',
    nav: ['Politik', 'Deutschland', 'Europa', 'USA', 'Ukraine-Krieg', 'Wirtschaft', 'Sport'],
    mostRead: 'Meistgelesen',
    teasers: [
      'Sturm über Deutschland: Bahn stellt Verkehr ein',
      'Champions League: Bayern siegt in London',
      'Moskau meldet neue Angriffe',
    ],
    footer: '© 2025 Beispiel-Nachrichten · mit Material von dpa, AFP und Reuters',
    legal: ['Impressum', 'Datenschutz'],
  },
  en: {
    site: 'Example News',
    nav: ['World', 'UK', 'Europe', 'US', 'Ukraine war', 'Business', 'Sport'],
    mostRead: 'Most read',
    teasers: [
      'Storm hits Germany: trains cancelled',
      'Champions League: Bayern win in London',
      'Moscow reports new attacks',
    ],
    footer: '© 2025 Example News · with material from Reuters, AP and AFP',
    legal: ['Imprint', 'Privacy'],
  },
};

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A labelled text as the article of a news page: the first line is the headline. */
function newsPage(text: string, lang: 'de' | 'en'): { html: string; lines: { start: number; text: string }[] } {
  const chrome = CHROME[lang];
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  const [headline, ...paragraphs] = lines;
  const li = (items: string[]) => items.map((i) => `<li><a href="#">${escapeHtml(i)}</a></li>`).join('');
  const html = `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(headline?.text ?? '')} | ${chrome.site}</title></head><body>
<header class="site-header"><a href="#">${chrome.site}</a><nav><ul>${li(chrome.nav)}</ul></nav></header>
<main><article><h1 data-para="0">${escapeHtml(headline?.text ?? '')}</h1>
${paragraphs.map((p, i) => `<p data-para="${i + 1}">${escapeHtml(p.text)}</p>`).join('\n')}
</article><aside class="sidebar"><h2>${chrome.mostRead}</h2><ul>${li(chrome.teasers)}</ul></aside></main>
<footer><p>${chrome.footer}</p><ul>${li(chrome.legal)}</ul></footer></body></html>`;
  return { html, lines };
}

export function labelledPages(): EvalPage[] {
  const ids = JSON.parse(readFileSync(join(EVAL, 'ids.json'), 'utf8')) as Record<string, string>;
  const classes = JSON.parse(readFileSync(join(EVAL, 'relevance-classes.json'), 'utf8')) as Record<PageClass, string[]>;
  return CLASSES.flatMap((cls) =>
    classes[cls].map((file): EvalPage => {
      const { text, gold } = parseLabelled(readFileSync(join(EVAL, file), 'utf8'), ids);
      const lang = file.startsWith('en/') ? 'en' : 'de';
      const { html, lines } = newsPage(text, lang);
      return {
        name: `eval/${file}`,
        source: file.startsWith('articles/') ? 'source-articles' : 'eval-texts',
        cls,
        lang,
        html,
        labelled: { lines, gold },
      };
    }),
  );
}

interface IndexRow {
  file: string;
  lang: string;
  class: PageClass;
  source?: string;
}

export function savedPages(dir: string, fallback: PageClass): EvalPage[] {
  const indexPath = join(dir, 'index.json');
  const rows: IndexRow[] = existsSync(indexPath)
    ? (JSON.parse(readFileSync(indexPath, 'utf8')) as IndexRow[])
    : readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((file) => ({ file, lang: '?', class: fallback }));
  return rows.map((row) => ({
    name: row.file,
    source: row.source ?? dir,
    cls: row.class,
    lang: row.lang,
    html: readFileSync(join(dir, row.file), 'utf8'),
  }));
}

export function evaluatePage(
  page: EvalPage,
  dossier: Dossier,
  matcher: Matcher,
  policy: Omit<MarkPolicy, 'aboutStories'>,
): PageResult {
  const { document } = parseHTML(page.html);
  const observed = observeDocument(document as unknown as Document, matcher);
  const story = policy.stories[0]!;
  const judgement = judgePage(toObservation(observed), story);
  const full: MarkPolicy = { ...policy, aboutStories: new Set(judgement.about ? [story.id] : []) };
  const tierOf = new Map(dossier.entries.map((e) => [e.id, e.tier ?? 'story']));
  const shown: PageResult['shown'] = [];
  const found: Label[] = [];
  for (const { block, region, mentions } of observed.blocks) {
    const para = Number(block.element.getAttribute('data-para') ?? NaN);
    for (const m of mentions) {
      if (!isMarked({ entry: m.entry, region, form: m.form }, full)) continue;
      shown.push({ entry: m.entry, tier: tierOf.get(m.entry) ?? 'story', region });
      const line = page.labelled?.lines[para];
      if (line) found.push({ start: line.start + m.start, end: line.start + m.end, entry: m.entry });
    }
  }
  return {
    name: page.name,
    source: page.source,
    cls: page.cls,
    lang: page.lang,
    judgement,
    shown,
    ...(page.labelled ? { found, gold: page.labelled.gold } : {}),
  };
}

export interface EvalRun {
  dossier: Dossier;
  results: PageResult[];
}

/** Every page of the labelled sets (and of `extraDir`), through the bundled dossier's rules. */
export async function runRelevanceEval(extraDir?: string): Promise<EvalRun> {
  const dossier = await buildDossier(await loadBundledInput());
  const matcher = compileMatcher(dossier.entries.map((e) => aliasSetFor(e)));
  const stories = [storyProfile(dossier.story ?? { id: 'bundled', name: { de: '', en: '' } }, dossier.entries)];
  const policy = { stories, markWhere: 'story-pages' as const, markBoilerplate: false, everythingHere: false };
  const pages = [...labelledPages(), ...(existsSync(join(PAGES, 'index.json')) ? savedPages(PAGES, 'unrelated') : [])];
  if (extraDir) pages.push(...savedPages(extraDir, 'unrelated'));
  return { dossier, results: pages.map((p) => evaluatePage(p, dossier, matcher, policy)) };
}

/** Span precision and recall of the shown marks on the labelled pages about the story. */
export function spanScores(results: readonly PageResult[]): {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of results) {
    if (r.cls !== 'about' || !r.gold) continue;
    const scored = pair(r.found!, r.gold);
    tp += r.found!.length - scored.fp.length;
    fp += scored.fp.length;
    fn += scored.fn.length;
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), tp, fp, fn };
}
