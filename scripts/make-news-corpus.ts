/**
 * Builds tests/fixtures/news-corpus/: the visible text of real German and English web pages (news and
 * magazines first), one .txt per page, for measuring how common a name is in ordinary news text.
 * Maintainers' tool, not run by tests:
 *
 *   npx tsx scripts/make-news-corpus.ts <readability-git-dir> <trafilatura-git-dir>
 *
 * (the git directories of mozilla/readability and adbar/trafilatura as brought here by the search
 * tool's `fetch`). Pages of tests/fixtures/relevance-pages/ (and the shared pages it holds) are left
 * out, so no page is in both sets. Rules: tests/fixtures/news-corpus/README.md.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileStem, listSourcePages, readSourcePage, type PageSource, type SourcePage } from './lib/source-pages';
import { cutAtLine, guessLanguage, visibleText } from './lib/visible-text';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'tests', 'fixtures', 'news-corpus');
const RELEVANCE_INDEX = join(ROOT, 'tests', 'fixtures', 'relevance-pages', 'index.json');
const PAGES_PER_LANGUAGE = 120;
const MAX_BYTES = 30 * 1024;
/** Shorter texts are Readability's synthetic test cases or near-empty pages. */
const MIN_BYTES = 2000;

/** Publishers of news and magazines (by the page's file name); these come first. */
const NEWS = new RegExp(
  [
    'news',
    'nachrichten',
    'zeitung',
    'tagesschau',
    'tagesspiegel',
    'spiegel',
    'zeit\\.de',
    'faz\\.net',
    'sueddeutsche',
    'welt\\.de',
    'focus',
    'stern',
    't-online',
    'merkur',
    'wdr',
    'ndr\\.de',
    'mdr\\.de',
    'swr\\.de',
    'br\\.de',
    'dw\\.com',
    'heise',
    'golem',
    'taz\\.de',
    'handelsblatt',
    'rnz\\.de',
    'fr\\.de',
    'kurier',
    'standard',
    'orf',
    'nzz',
    'volksstimme',
    'volksblatt',
    'abendblatt',
    'rundschau',
    'anzeiger',
    'presse',
    'blatt',
    'ga\\.de',
    'badische',
    'deutschlandfunk',
    'zdf',
    'rtl\\.de',
    'sport',
    'spox',
    'kicker',
    'cicero',
    'freitag',
    'brandeins',
    'katapult',
    'uebermedien',
    'fluter',
    'jungle',
    'neues-deutschland',
    'tagesanzeiger',
    'tageswoche',
    'magazin',
    'journal',
    'times',
    'post',
    'guardian',
    'telegraph',
    'independent',
    'bbc',
    'cnn',
    'wapo',
    'reuters',
    'yahoo',
    'politico',
    'observer',
    'herald',
    'tribune',
    'gazette',
    'daily',
    'abc\\d',
    'cbs',
    'vox',
    'salon',
    'atlantic',
    'republic',
    'nymag',
    'harpers',
    'economist',
    'wired',
    'verge',
    'vice\\.com',
    'engadget',
    'cnet',
    'ars-',
    'buzzfeed',
    'citylab',
    'quanta',
    'nature\\.com',
    'phys\\.org',
    'gothamist',
    'axios',
    'fivethirtyeight',
    'mercurynews',
    'vancouversun',
    'intercept',
    'thelocal',
    'gleaner',
    'nationnews',
    'kxan',
    'wsvn',
    'twincities',
    'msn',
    'scmp',
    'medicalnewstoday',
    'webmd',
    'tmz',
    'breitbart',
    'folha',
    'futurezone',
    'meedia',
    'spektrum',
    'scinexx',
    'computerbase',
    'chip\\.de',
    't3n',
    'netzpolitik',
    'correctiv',
    'stuttgart\\.de',
    'aerobuzz',
  ].join('|'),
  'i',
);
/** Blogs, documentation, forums, shops and recipes; these come last. */
const NOT_NEWS =
  /wordpress|blogspot|blog|docs\.|wiki|github|stack(?:overflow|exchange)|reddit|forum|python|hypotheses|lyrics|rezept|recipe|shop|produkttest|kochen|backen|archive\.org/i;

interface Candidate {
  page: SourcePage;
  gitDir: string;
  text: string;
  lang: 'de' | 'en';
  title: string;
}

/** FNV-1a: a fixed, seedless shuffle, so reruns choose the same pages. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** At most this many pages of one site (trafilatura's set has a dozen car magazines, three from chip.de). */
const MAX_PER_SITE = 2;

/** The site a page comes from, roughly: `chip.de.tests` → `chip.de`, `bbc-1` → `bbc`. */
function site(page: SourcePage): string {
  if (page.source === 'readability') return page.name.replace(/-\d+$/, '');
  const [first = '', second = ''] = page.name.toLowerCase().split('.');
  return `${first}.${second.split('-')[0]}`;
}

const tier = (name: string): number => (NOT_NEWS.test(name) ? 2 : NEWS.test(name) ? 0 : 1);

/** Origins (source + path) of the relevance pages, the shared ones mapped back to their repositories. */
function relevanceOrigins(): Set<string> {
  const index = JSON.parse(readFileSync(RELEVANCE_INDEX, 'utf8')) as { source: string; origin: string }[];
  const origins = new Set<string>();
  for (const { source, origin } of index) {
    if (source !== 'shared-pages') origins.add(`${source}:${origin}`);
    else if (origin.startsWith('readability-')) {
      origins.add(`readability:test/test-pages/${origin.slice('readability-'.length, -'.html'.length)}/source.html`);
    } else origins.add(`trafilatura:tests/cache/${origin}`);
  }
  return origins;
}

function main(gitDirs: string[]): void {
  const excluded = relevanceOrigins();
  const all: Candidate[] = [];
  const excludedTitles = new Set<string>();
  for (const gitDir of gitDirs) {
    for (const page of listSourcePages(gitDir)) {
      const text = visibleText(readSourcePage(gitDir, page.path));
      const title = (text.split('\n', 1)[0] ?? '').toLowerCase();
      if (excluded.has(`${page.source}:${page.path}`)) {
        excludedTitles.add(title);
        continue;
      }
      const lang = guessLanguage(text);
      if ((lang === 'de' || lang === 'en') && Buffer.byteLength(text) >= MIN_BYTES) {
        all.push({ page, gitDir, text, lang, title });
      }
    }
  }
  // trafilatura holds some pages twice (tests/cache and tests/eval); a copy of a relevance page stays out too
  const seenTitles = new Set(excludedTitles);
  const chosen: Candidate[] = [];
  for (const lang of ['de', 'en'] as const) {
    const ranked = all
      .filter((c) => c.lang === lang)
      .sort((a, b) => tier(a.page.name) - tier(b.page.name) || hash(a.page.path) - hash(b.page.path));
    let count = 0;
    const perSite = new Map<string, number>();
    for (const c of ranked) {
      if (count >= PAGES_PER_LANGUAGE) break;
      if (c.title !== '' && seenTitles.has(c.title)) continue;
      const from = site(c.page);
      if ((perSite.get(from) ?? 0) >= MAX_PER_SITE) continue;
      perSite.set(from, (perSite.get(from) ?? 0) + 1);
      seenTitles.add(c.title);
      chosen.push(c);
      count++;
    }
  }

  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(OUT)) if (file.endsWith('.txt')) rmSync(join(OUT, file));
  const index: { file: string; lang: string; source: PageSource; origin: string; bytes: number }[] = [];
  for (const c of chosen.sort(
    (a, b) => a.page.source.localeCompare(b.page.source) || a.page.path.localeCompare(b.page.path),
  )) {
    const file = `${fileStem(c.page)}.txt`;
    const text = `${cutAtLine(c.text, MAX_BYTES - 1)}\n`;
    writeFileSync(join(OUT, file), text);
    index.push({ file, lang: c.lang, source: c.page.source, origin: c.page.path, bytes: Buffer.byteLength(text) });
  }
  writeFileSync(join(OUT, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  const total = index.reduce((sum, e) => sum + e.bytes, 0);
  for (const lang of ['de', 'en']) {
    const of = index.filter((e) => e.lang === lang);
    const news = chosen.filter((c) => c.lang === lang && tier(c.page.name) === 0).length;
    console.log(
      `${lang}: ${of.length} pages (${news} from news/magazine publishers), ${of.reduce((s, e) => s + e.bytes, 0)} bytes`,
    );
  }
  console.log(`total: ${index.length} pages, ${total} bytes in ${OUT}`);
}

const gitDirs = process.argv.slice(2);
if (gitDirs.length === 0) {
  console.error('usage: make-news-corpus.ts <readability-git-dir> <trafilatura-git-dir>');
  process.exit(2);
}
main(gitDirs);
