/**
 * German news prose for generated pages: real sentences from the source articles
 * (dense with mentions) mixed with neutral filler sentences (none), so mentions
 * are spread through the text as on a long news page rather than packed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Prng } from '../lib/prng';

const ARTICLES_DIR = join(import.meta.dirname, '..', '..', 'assets', 'articles');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The source article's lines: headline first, then its paragraphs (blank lines dropped). */
export function articleLines(file: string): string[] {
  return readFileSync(join(ARTICLES_DIR, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Every sentence of every source article. */
export function articleSentences(): string[] {
  const files = readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files
    .flatMap((file) => articleLines(file).slice(1))
    .flatMap((line) => line.split(/(?<=[.!?“"])\s+(?=[A-ZÄÖÜ„])/))
    .filter((sentence) => sentence.length > 30);
}

const SUBJECTS = [
  'Die Bundesregierung',
  'Der Stadtrat',
  'Eine Sprecherin des Ministeriums',
  'Der Verband',
  'Die Opposition',
  'Das Statistische Bundesamt',
  'Die Polizei',
  'Ein Gutachten',
  'Die Gewerkschaft',
  'Der Landkreis',
  'Die Verbraucherzentrale',
  'Ein Sprecher der Bahn',
  'Die Koalition',
  'Die Forschenden',
  'Der Vorstand',
];
const VERBS = [
  'kündigte am Dienstag an',
  'teilte mit',
  'betonte',
  'kritisierte scharf',
  'wies darauf hin',
  'erklärte in einer Stellungnahme',
  'rechnet damit',
  'bestätigte auf Nachfrage',
  'warnte',
  'forderte',
];
const CLAUSES = [
  'dass die Preise für Energie im kommenden Quartal weiter steigen dürften',
  'dass die Sanierung der Brücke mindestens zwei Jahre dauern werde',
  'dass die Zahl der Anträge deutlich über den Erwartungen liege',
  'dass der Haushalt für das nächste Jahr neu verhandelt werden müsse',
  'dass die Umfrageergebnisse mit Vorsicht zu lesen seien',
  'dass viele Betriebe weiterhin Fachkräfte suchten',
  'dass die Schulen mehr Geld für die Digitalisierung bekommen sollten',
  'dass die Ergebnisse der Untersuchung im Herbst vorgestellt würden',
  'dass der Wohnungsbau in den Städten hinter den Zielen zurückbleibe',
  'dass die Verhandlungen über den Tarifvertrag fortgesetzt würden',
  'dass der Nahverkehr an Wochenenden ausgebaut werden solle',
  'dass das Wetter die Ernte in diesem Jahr kaum beeinträchtigt habe',
];
const TAILS = [
  '',
  '',
  ' Details sollen in den nächsten Wochen folgen.',
  ' Eine Entscheidung steht noch aus.',
  ' Kritiker halten das für unrealistisch.',
  ' Bis Redaktionsschluss lag keine Antwort vor.',
];

export function fillerSentence(rng: Prng): string {
  return `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)}, ${rng.pick(CLAUSES)}.${rng.pick(TAILS)}`;
}
