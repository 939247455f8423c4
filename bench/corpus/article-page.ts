/**
 * A typical news article page around a real source article: site navigation, breadcrumb,
 * teaser, byline, ad slots, related links, a comment thread and a link-heavy footer,
 * plus the script and form elements real pages carry (which Kontext must skip).
 */
import { Prng } from '../lib/prng';
import { NewsProseWriter } from './large-page';
import { articleLines, escapeHtml, fillerSentence } from './prose';

export const TYPICAL_ARTICLE = '000_b20129a4c843e593.txt';
const RELATED_ARTICLES = [
  '001_31daf8f9abd0384c.txt',
  '002_d87d1dec9f2629ca.txt',
  '003_7509f71a33401624.txt',
  '004_f2846f6686cc43ba.txt',
];
const SECTIONS = [
  'Politik',
  'Wirtschaft',
  'Sport',
  'Kultur',
  'Wissen',
  'Reise',
  'Auto',
  'Digital',
  'Gesundheit',
  'Panorama',
  'Meinung',
  'Video',
];

/** Lines of the source text that are page furniture, not article prose. */
const FURNITURE = /^(?:\d+\.\s|Kommentare$)/;

function isSubhead(line: string): boolean {
  return line.length < 120 && !/[.!?“"]$/.test(line);
}

export function articlePage(names: readonly string[], seed = 4711): string {
  const rng = new Prng(seed);
  const writer = new NewsProseWriter(rng, names);
  const [title = '', ...lines] = articleLines(TYPICAL_ARTICLE);
  const prose = lines.filter((line) => !FURNITURE.test(line));
  const [teaser = '', ...body] = prose;
  const bodyHtml = body.map((line, i) => {
    const block = isSubhead(line) ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`;
    return i === 3
      ? `${block}\n<div class="ad" id="ad-mid"><span>Anzeige</span><div class="ad-slot"></div></div>`
      : block;
  });
  const related = RELATED_ARTICLES.map((file) => {
    const headline = articleLines(file)[0] ?? '';
    return `<li><a href="/politik/${file.slice(0, 3)}"><img alt="" width="120" height="80"><span>${escapeHtml(headline)}</span></a></li>`;
  }).join('');
  const comments = Array.from(
    { length: 8 },
    (_, i) =>
      `<li class="comment"><header><b>Leser${100 + i * 37}</b> <time>vor ${i + 2} Stunden</time></header>${writer.paragraph(1 + rng.int(3))}<button>Antworten</button></li>`,
  ).join('\n');
  const footerLinks = Array.from(
    { length: 40 },
    (_, i) => `<li><a href="/seite/${i}">${escapeHtml(fillerSentence(rng).split(' ').slice(0, 2).join(' '))}</a></li>`,
  ).join('');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(title)}}</script>
<script>window.dataLayer = [];</script>
<style>body{font:17px/1.6 Georgia,serif;margin:0}main{max-width:720px;margin:0 auto}.ad{background:#eee;min-height:250px}</style></head>
<body><header class="site-header"><a class="logo" href="/">Beispiel-Zeitung</a>
<nav><ul>${SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>
<form role="search"><input type="search" placeholder="Suchen"><button>Suche</button></form></header>
<div class="ad" id="ad-top"><span>Anzeige</span></div>
<main><nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ol></nav>
<article><h1>${escapeHtml(title)}</h1>
<p class="lead"><strong>${escapeHtml(teaser)}</strong></p>
<p class="byline">Von <a href="/autor/1">Anna Beispiel</a> · <time>28.04.2025, 14:12 Uhr</time> · <a href="#comments">Kommentare</a></p>
<figure><img alt="Symbolbild" width="720" height="405"><figcaption>Symbolbild. © Agentur</figcaption></figure>
${bodyHtml.join('\n')}
</article>
<aside class="related"><h3>Mehr zum Thema</h3><ul>${related}</ul></aside>
<section id="comments"><h3>Kommentare</h3><ol>${comments}</ol>
<form><textarea placeholder="Ihr Kommentar"></textarea><button>Senden</button></form></section></main>
<footer><ul>${footerLinks}</ul><p>© Beispielverlag</p></footer></body></html>`;
}
