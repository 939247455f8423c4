/**
 * Evaluation of the proposer: `npm run eval:propose [-- --errors]`
 *
 * (a) The five source articles with the catalog set aside: recall of the catalog entries the articles
 *     mention at least twice (counted by the project's matcher with the catalog's aliases), precision =
 *     share of proposals that match a catalog entry (an alias in common by matchKey) or that are judged
 *     worth an entry (tests/fixtures/propose/source-judgements.json).
 * (b) Each bundle in tests/fixtures/propose/<bundle>/ (real articles, labels.json written by hand).
 *
 * Per bundle: recall of core entities and of entities named at least twice, precision, duplicate rate
 * (matched entities proposed more than once), kind accuracy, role accuracy (labelled roles only), share of
 * verbatim summary sentences, time; then the ablation: the same figures with each evidence kind switched off.
 * `--errors` lists the misses, the wrong proposals, kinds and roles.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { aliasSetFor, compileMatcher, matchKey } from '../src/matching';
import { splitParagraphs } from '../src/dossier/build/segment';
import { loadArticles } from '../src/dossier/node/articles';
import { CATALOG } from '../src/dossier/catalog/entries';
import {
  EVIDENCE_KINDS,
  entryIsSubject,
  proposeEntries,
  type EvidenceKind,
  type Proposal,
  type ProposeArticle,
} from '../src/dossier/propose';
import type { EntryKind } from '../src/dossier/types';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'propose');
const showErrors = process.argv.includes('--errors');

interface Gold {
  name: string;
  kind: EntryKind;
  aliases: string[];
  core?: boolean;
  /** Acceptable role phrases; for the catalog, its German role line (compared by shared words). */
  role?: string[];
  /** Mentions in the bundle, by the matcher. */
  count?: number;
}

interface Bundle {
  name: string;
  articles: ProposeArticle[];
  gold: Gold[];
  /** Extra names judged worth an entry. */
  worth: string[];
  /** Roles are compared by content words (catalog role lines are not verbatim). */
  looseRoles: boolean;
}

function countMentions(gold: Gold[], articles: readonly ProposeArticle[]): void {
  const matcher = compileMatcher(gold.map((g, i) => ({ entry: String(i), names: g.aliases })));
  for (const g of gold) g.count = 0;
  for (const a of articles) {
    for (const list of matcher.scanDocument(splitParagraphs(a.text).map((p) => p.text))) {
      for (const m of list) gold[Number(m.entry)]!.count! += 1;
    }
  }
}

function loadBundles(): Bundle[] {
  const bundles: Bundle[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    if (!statSync(dir).isDirectory()) continue;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const articles = files.map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { id: f, title: text.split('\n', 1)[0]!, text };
    });
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { entities: Gold[]; worth?: string[] };
    countMentions(labels.entities, articles);
    bundles.push({ name, articles, gold: labels.entities, worth: labels.worth ?? [], looseRoles: false });
  }
  return bundles;
}

async function sourceBundle(): Promise<Bundle> {
  const loaded = await loadArticles();
  const articles: ProposeArticle[] = loaded.map((a) => ({
    id: a.id,
    title: a.title,
    text: a.text,
    language: a.language,
    ...(a.date ? { date: a.date } : {}),
  }));
  // Counted exactly as the dossier counts: the catalog's alias sets, short and generic rules included.
  const matcher = compileMatcher(CATALOG.map((e) => aliasSetFor(e)));
  const counts = new Map<string, number>();
  for (const a of articles) {
    for (const list of matcher.scanDocument(splitParagraphs(a.text).map((p) => p.text)))
      for (const m of list) counts.set(m.entry, (counts.get(m.entry) ?? 0) + 1);
  }
  const gold: Gold[] = CATALOG.map((e) => ({
    name: e.name.de,
    kind: e.kind,
    // The German name too: "Ukraine-Krieg" names the entry even where the aliases spell it "Ukrainekrieg".
    aliases: [e.name.de, ...e.aliases, ...(e.match?.short ?? []), ...(e.match?.generic ?? [])],
    core: e.importance === 3,
    role: [e.role.de],
    count: counts.get(e.id) ?? 0,
  }));
  const judged = JSON.parse(readFileSync(join(FIXTURES, 'source-judgements.json'), 'utf8')) as { worth: string[] };
  return { name: 'source (catalog set aside)', articles, gold, worth: judged.worth, looseRoles: true };
}

const keysOf = (aliases: readonly string[]): Set<string> => new Set(aliases.map(matchKey).filter(Boolean));

interface Scores {
  core: number;
  coreN: number;
  twice: number;
  twiceN: number;
  precision: number;
  proposals: number;
  duplicates: number;
  kind: number;
  role: number;
  roleN: number;
  verbatim: number;
  /** Share of summary sentences quoted by three proposals or more. */
  shared: number;
  /** Share of summary sentences in which the entry is the subject, defined or speaking. */
  subject: number;
  ms: number;
  errors: string[];
}

const contentWords = (s: string): Set<string> =>
  new Set(
    matchKey(s)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3)
      .map((w) => w.replace(/(en|es|er|e|n|s)$/, '')),
  );

function roleRight(proposed: string | null, gold: string[], loose: boolean): boolean {
  if (proposed === null) return false;
  const p = matchKey(proposed);
  if (loose) {
    const pw = contentWords(proposed);
    return gold.some((g) => [...contentWords(g)].some((w) => pw.has(w)));
  }
  return gold.some((g) => p.includes(matchKey(g)) || matchKey(g).includes(p));
}

function score(bundle: Bundle, proposals: readonly Proposal[], ms: number): Scores {
  const goldKeys = bundle.gold.map((g) => keysOf(g.aliases));
  const worthKeys = keysOf(bundle.worth);
  const errors: string[] = [];
  const matchedBy = new Map<number, Proposal[]>();
  let correct = 0;
  let kindRight = 0;
  let kindN = 0;
  let verbatim = 0;
  let sentences = 0;
  const textOf = new Map(bundle.articles.map((a) => [a.id, a.text]));
  const quotedBy = new Map<string, number>();
  for (const p of proposals)
    for (const s of p.summary)
      quotedBy.set(`${s.article}\u0000${s.quote}`, (quotedBy.get(`${s.article}\u0000${s.quote}`) ?? 0) + 1);
  let shared = 0;
  let subject = 0;
  for (const p of proposals) {
    for (const s of p.summary) {
      sentences++;
      if (textOf.get(s.article)?.includes(s.quote)) verbatim++;
      if ((quotedBy.get(`${s.article}\u0000${s.quote}`) ?? 0) >= 3) shared++;
      if (mentionsAsSubject(s.quote, [...p.aliases, ...p.short])) subject++;
    }
    const keys = keysOf(p.aliases);
    const hits = goldKeys.map((k, i) => ([...keys].some((x) => k.has(x)) ? i : -1)).filter((i) => i >= 0);
    if (hits.length > 0) {
      // The entity with the most mentions, when aliases overlap two (a shared surname).
      const best = hits.sort((a, b) => (bundle.gold[b]!.count ?? 0) - (bundle.gold[a]!.count ?? 0))[0]!;
      correct++;
      matchedBy.set(best, [...(matchedBy.get(best) ?? []), p]);
      kindN++;
      if (p.kind === bundle.gold[best]!.kind) kindRight++;
      else errors.push(`KIND  ${p.name}: ${p.kind}, labelled ${bundle.gold[best]!.kind}`);
    } else if ([...keys].some((x) => worthKeys.has(x))) {
      correct++;
    } else {
      errors.push(`FP    ${p.name} (${p.kind}, ${p.mentions}×) aliases ${p.aliases.join(' / ')}`);
    }
  }
  let core = 0;
  let coreN = 0;
  let twice = 0;
  let twiceN = 0;
  let duplicates = 0;
  let role = 0;
  let roleN = 0;
  bundle.gold.forEach((g, i) => {
    const found = matchedBy.get(i) ?? [];
    if (found.length > 1) {
      duplicates++;
      errors.push(`DUP   ${g.name}: ${found.map((p) => p.name).join(' | ')}`);
    }
    if (g.core) {
      coreN++;
      if (found.length) core++;
    }
    if ((g.count ?? 0) >= 2) {
      twiceN++;
      if (found.length) twice++;
      else errors.push(`MISS  ${g.name} (${g.kind}, ${g.count}×${g.core ? ', core' : ''})`);
    }
    // The catalog's role lines are written, not quoted: on the source articles only the roles the
    // proposer found are judged (against the catalog's by shared words); elsewhere every labelled role.
    if (found.length && g.role && !(bundle.looseRoles && found[0]!.role === null)) {
      roleN++;
      if (roleRight(found[0]!.role, g.role, bundle.looseRoles)) role++;
      else errors.push(`ROLE  ${g.name}: ${JSON.stringify(found[0]!.role)}, labelled ${JSON.stringify(g.role)}`);
    }
  });
  const matchedEntities = matchedBy.size;
  return {
    core: core / (coreN || 1),
    coreN,
    twice: twice / (twiceN || 1),
    twiceN,
    precision: correct / (proposals.length || 1),
    proposals: proposals.length,
    duplicates: duplicates / (matchedEntities || 1),
    kind: kindRight / (kindN || 1),
    role: role / (roleN || 1),
    roleN,
    verbatim: verbatim / (sentences || 1),
    shared: shared / (sentences || 1),
    subject: subject / (sentences || 1),
    ms,
    errors,
  };
}

const pct = (x: number): string => x.toFixed(2);

/** Whether any mention of the entry (its names, longest first) stands as the sentence's subject. */
function mentionsAsSubject(quote: string, names: readonly string[]): boolean {
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of quote.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')))
      if (entryIsSubject(quote, m.index, m.index + m[0].length)) return true;
  }
  return false;
}

function run(bundle: Bundle, disable: EvidenceKind[] = []): Scores {
  const started = performance.now();
  const proposals = proposeEntries(bundle.articles, { disable });
  return score(bundle, proposals, performance.now() - started);
}

async function main(): Promise<void> {
  const bundles = [await sourceBundle(), ...loadBundles()];
  for (const bundle of bundles) {
    const s = run(bundle);
    const chars = bundle.articles.reduce((n, a) => n + a.text.length, 0);
    console.log(
      `\n== ${bundle.name}: ${bundle.articles.length} articles, ${chars} characters, ${bundle.gold.length} labelled entities`,
    );
    console.log(
      `recall core ${pct(s.core)} (of ${s.coreN})  recall ≥2× ${pct(s.twice)} (of ${s.twiceN})  precision ${pct(s.precision)} (${s.proposals} proposals)  ` +
        `duplicates ${pct(s.duplicates)}  kind ${pct(s.kind)}  role ${pct(s.role)} (of ${s.roleN})  verbatim ${pct(s.verbatim)}  ` +
        `sentences shared ≥3 ${pct(s.shared)} subject ${pct(s.subject)}  ${s.ms.toFixed(0)} ms`,
    );
    console.log('ablation (each evidence kind off: change in recall core / ≥2× / precision / kind / role):');
    for (const kind of EVIDENCE_KINDS) {
      const a = run(bundle, [kind]);
      const d = (x: number, y: number): string => `${x - y >= 0 ? '+' : ''}${(x - y).toFixed(2)}`;
      console.log(
        `  without ${kind.padEnd(13)} ${d(a.core, s.core)} / ${d(a.twice, s.twice)} / ${d(a.precision, s.precision)} / ${d(a.kind, s.kind)} / ${d(a.role, s.role)}   (${a.proposals} proposals)`,
      );
    }
    if (showErrors) for (const e of s.errors) console.log(`  ${e}`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`eval-propose: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
