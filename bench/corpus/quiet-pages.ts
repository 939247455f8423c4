/**
 * Pages for the page-load figure that mention nothing from the dossier: a news-like page
 * of neutral filler prose (what most pages a reader opens are to Kontext), and the same
 * page carrying iframes (ads, embeds), each a small document of its own: Kontext runs in
 * every frame. The bench checks that Kontext really marks nothing on them.
 */
import { Prng } from '../lib/prng';
import { escapeHtml, fillerSentence } from './prose';

function fillerParagraphs(rng: Prng, count: number, sentences: number): string {
  return Array.from({ length: count }, () => {
    const text = Array.from({ length: sentences }, () => fillerSentence(rng)).join(' ');
    return `<p>${escapeHtml(text)}</p>`;
  }).join('\n');
}

/** About 10 KB of text, like the on-topic article page, with a header, a nav and a footer. */
export function noMentionPage(seed = 1301, extraBody = ''): string {
  const rng = new Prng(seed);
  const nav = ['Startseite', 'Region', 'Wetter', 'Service', 'Kontakt']
    .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
    .join('');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Mitteilungen aus dem Landkreis</title>
<style>body{font:17px/1.6 Georgia,serif;margin:0}main{max-width:720px;margin:0 auto}iframe{border:0;margin:8px}</style></head>
<body><header><a href="/">Kreisblatt</a><nav><ul>${nav}</ul></nav></header>
<main><article><h1>Mitteilungen aus dem Landkreis</h1>
${fillerParagraphs(rng, 16, 5)}
</article>${extraBody}</main>
<footer><p>© Kreisblatt</p></footer></body></html>`;
}

/** One small framed document (an ad or an embed): a few lines, no mention. */
export function framedDocument(index: number): string {
  const rng = new Prng(9000 + index);
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Rahmen ${index}</title></head>
<body style="margin:0;font:13px sans-serif"><a href="/anzeige/${index}">Anzeige</a>${fillerParagraphs(rng, 1, 2)}</body></html>`;
}

/** The no-mention page with `count` same-origin iframes at `framePath(i)`. */
export function iframesPage(count: number, framePath: (index: number) => string): string {
  const frames = Array.from(
    { length: count },
    (_, i) => `<iframe src="${framePath(i)}" width="300" height="120" title="Rahmen ${i}"></iframe>`,
  ).join('\n');
  return noMentionPage(1301, `<aside>${frames}</aside>`);
}
