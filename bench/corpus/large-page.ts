/**
 * A generated long news page (~1 MB of text in 20 000+ text nodes), deterministic
 * from a seed: sections of paragraphs with inline links and emphasis, mentions of
 * dossier names spread through them (some split across elements, "Kim <a>Jong-un</a>"),
 * related-link boxes, ad slots and a comment thread.
 */
import { Prng } from '../lib/prng';
import { articleSentences, escapeHtml, fillerSentence } from './prose';

export const LARGE_PAGE_TARGET_CHARS = 1_000_000;

const INLINE_TAGS = ['a', 'a', 'em', 'strong', 'span'];
const NAME_TEMPLATES: [string, string][] = [
  ['Wie aus Kreisen um ', ' verlautete, wird weiter verhandelt.'],
  ['Im Zusammenhang mit ', ' äußerten sich mehrere Fachleute zurückhaltend.'],
  ['Die Rolle von ', ' ist nach wie vor umstritten.'],
  ['Beobachter verweisen erneut auf ', ' und die Folgen für die Region.'],
];

/** Counts what the generator wrote, to stop at the target size. */
interface Budget {
  chars: number;
  textNodes: number;
}

export class NewsProseWriter {
  private readonly sentences = articleSentences();

  constructor(
    private readonly rng: Prng,
    private readonly names: readonly string[],
    private readonly budget: Budget = { chars: 0, textNodes: 0 },
  ) {
    if (this.sentences.length === 0) throw new Error('no article sentences to build pages from');
  }

  get written(): Readonly<Budget> {
    return this.budget;
  }

  /** Plain text, escaped; some word runs wrapped in inline elements (which splits the text nodes). */
  decorate(text: string): string {
    const words = text.split(' ');
    let html = '';
    for (let i = 0; i < words.length; i++) {
      if (i > 0) html += ' ';
      if (this.rng.chance(0.07) && i < words.length - 1) {
        const run = words.slice(i, i + 1 + this.rng.int(3));
        i += run.length - 1;
        html += this.inline(run.join(' '));
        this.budget.textNodes += 2;
      } else html += escapeHtml(words[i]!);
    }
    this.budget.chars += text.length;
    this.budget.textNodes += 1;
    return html;
  }

  /** A dossier name as pages write it: plain, linked, or split across elements. */
  name(name: string): string {
    this.budget.chars += name.length;
    const space = name.indexOf(' ');
    const style = this.rng.int(4);
    if (style === 1) {
      this.budget.textNodes += 1;
      return `<a href="/thema/${encodeURIComponent(name)}">${escapeHtml(name)}</a>`;
    }
    if (style === 2 && space > 0) {
      this.budget.textNodes += 1;
      return `${escapeHtml(name.slice(0, space + 1))}<a href="/thema">${escapeHtml(name.slice(space + 1))}</a>`;
    }
    return escapeHtml(name);
  }

  sentence(): string {
    const roll = this.rng.next();
    if (roll < 0.3) return this.decorate(this.rng.pick(this.sentences));
    if (roll < 0.42 && this.names.length > 0) {
      const [before, after] = this.rng.pick(NAME_TEMPLATES);
      return `${this.decorate(before)}${this.name(this.rng.pick(this.names))}${this.decorate(after)}`;
    }
    return this.decorate(fillerSentence(this.rng));
  }

  paragraph(sentences = 2 + this.rng.int(4)): string {
    const parts: string[] = [];
    for (let i = 0; i < sentences; i++) parts.push(this.sentence());
    return `<p>${parts.join(' ')}</p>`;
  }

  private inline(text: string): string {
    const tag = this.rng.pick(INLINE_TAGS);
    const attrs = tag === 'a' ? ` href="/artikel/${this.rng.int(100_000)}"` : '';
    return `<${tag}${attrs}>${escapeHtml(text)}</${tag}>`;
  }
}

function relatedBox(writer: NewsProseWriter, rng: Prng): string {
  const items = Array.from(
    { length: 4 + rng.int(4) },
    () => `<li><a href="/artikel/${rng.int(1e6)}">${writer.decorate(fillerSentence(rng).slice(0, 70))}</a></li>`,
  );
  return `<aside class="related"><h3>${writer.decorate('Mehr zum Thema')}</h3><ul>${items.join('')}</ul></aside>`;
}

function adSlot(writer: NewsProseWriter, rng: Prng): string {
  return `<div class="ad" aria-label="Anzeige"><span class="ad-label">${writer.decorate('Anzeige')}</span><div class="ad-body">${writer.decorate(fillerSentence(rng))}</div></div>`;
}

function comment(writer: NewsProseWriter, rng: Prng): string {
  return `<li class="comment"><header><b>${writer.decorate(`Leser${rng.int(9000)}`)}</b> <time>${writer.decorate(`vor ${1 + rng.int(59)} Minuten`)}</time></header>${writer.paragraph(1 + rng.int(3))}</li>`;
}

export interface GeneratedPage {
  html: string;
  chars: number;
  textNodes: number;
}

export function largePage(
  names: readonly string[],
  seed = 20241028,
  targetChars = LARGE_PAGE_TARGET_CHARS,
): GeneratedPage {
  const rng = new Prng(seed);
  const writer = new NewsProseWriter(rng, names);
  const nav = Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/ressort/${i}">${writer.decorate(`Ressort ${i + 1}`)}</a></li>`,
  ).join('');
  const sections: string[] = [];
  for (let s = 0; writer.written.chars < targetChars; s++) {
    const body: string[] = [`<h2>${writer.decorate(fillerSentence(rng).slice(0, 60))}</h2>`];
    for (let p = 0, n = 6 + rng.int(7); p < n; p++) body.push(writer.paragraph());
    if (s % 3 === 0) body.push(relatedBox(writer, rng));
    if (s % 4 === 1) body.push(adSlot(writer, rng));
    if (s % 5 === 2)
      body.push(`<ol class="comments">${Array.from({ length: 5 }, () => comment(writer, rng)).join('')}</ol>`);
    sections.push(`<section>${body.join('\n')}</section>`);
  }
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Liveticker: lange Seite</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px}.ad{background:#f4f4f4;padding:8px}</style></head>
<body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${writer.decorate('Liveticker: Alle Entwicklungen im Überblick')}</h1>
${sections.join('\n')}
</article></main>
<footer><p>${writer.decorate('© Beispielverlag. Alle Rechte vorbehalten.')}</p></footer></body></html>`;
  return { html, chars: writer.written.chars, textNodes: writer.written.textNodes };
}

/** Paragraphs to append to a scanned page (the incremental figure), from their own seed. */
export function extraParagraphs(names: readonly string[], count: number, seed = 7): string[] {
  const writer = new NewsProseWriter(new Prng(seed), names);
  return Array.from({ length: count }, () => writer.paragraph());
}
