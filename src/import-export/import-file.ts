/**
 * Reading an import file, pure: size, JSON, forbidden keys, the schema, then the
 * references between its parts. Every problem names its place in the file
 * (`dossier.entries[3].aliases[0]`) and says what is wrong in German and English.
 * Nothing here writes: the caller writes only a file that passed every check.
 */
import * as v from 'valibot';
import { CHECK, dossierSchema, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportSchema, type ExportFile } from './schema';

/** Largest file Kontext imports: checked before the file is even read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** So a file with thousands of problems still gives a readable answer. */
const MAX_PROBLEMS = 25;
/** Keys that could reach an object's prototype when data is copied around. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ImportProblem {
  /** Where in the file, e.g. `dossier.entries[3].aliases[0]`; empty for the file as a whole. */
  path: string;
  de: string;
  en: string;
}

export type ImportCheck = { ok: true; file: ExportFile } | { ok: false; problems: ImportProblem[] };

function megabytes(bytes: number, locale: string): string {
  return (bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 });
}

/** Refuses a file by its size alone, before reading it. */
export function checkImportSize(bytes: number): ImportProblem | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return {
    path: '',
    de: `Die Datei ist ${megabytes(bytes, 'de-DE')} MB groß; Kontext importiert Dateien bis ${megabytes(MAX_IMPORT_BYTES, 'de-DE')} MB.`,
    en: `The file is ${megabytes(bytes, 'en-GB')} MB; Kontext imports files of up to ${megabytes(MAX_IMPORT_BYTES, 'en-GB')} MB.`,
  };
}

/** UTF-8 length without encoding the whole text when it is clearly small enough. */
function utf8Length(text: string): number {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Checks an import file's text completely. */
export function checkImportText(text: string): ImportCheck {
  const tooBig = checkImportSize(utf8Length(text));
  if (tooBig) return { ok: false, problems: [tooBig] };

  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          path: '',
          de: `Die Datei ist kein gültiges JSON (${detail}).`,
          en: `The file is not valid JSON (${detail}).`,
        },
      ],
    };
  }
  return checkImportData(data);
}

/** Checks parsed JSON: forbidden keys, the schema, the references. */
export function checkImportData(data: unknown): ImportCheck {
  const forbidden = forbiddenKeys(data);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ path: '', de: 'Die Datei enthält kein Kontext-Dossier.', en: 'The file holds no Kontext dossier.' }],
    };
  }
  const record = data as Record<string, unknown>;
  let file: ExportFile;
  if ('format' in record) {
    if (record.format !== EXPORT_FORMAT) {
      return {
        ok: false,
        problems: [
          {
            path: 'format',
            de: `„${EXPORT_FORMAT}“ erwartet: keine Kontext-Exportdatei.`,
            en: `expected "${EXPORT_FORMAT}": not a Kontext export file.`,
          },
        ],
      };
    }
    if (record.formatVersion !== EXPORT_FORMAT_VERSION) {
      return {
        ok: false,
        problems: [
          {
            path: 'formatVersion',
            de: `Version ${String(record.formatVersion)} kennt diese Kontext-Version nicht (erwartet: ${EXPORT_FORMAT_VERSION}).`,
            en: `version ${String(record.formatVersion)} is unknown to this version of Kontext (expected ${EXPORT_FORMAT_VERSION}).`,
          },
        ],
      };
    }
    const parsed = v.safeParse(exportSchema, data, { abortEarly: false });
    if (!parsed.success) return { ok: false, problems: parsed.issues.slice(0, MAX_PROBLEMS).map(problemOf) };
    file = parsed.output;
  } else if ('schemaVersion' in record && 'entries' in record) {
    // A bare dossier, as `npm run dossier` writes it: no own data.
    const parsed = v.safeParse(dossierSchema, data, { abortEarly: false });
    if (!parsed.success) return { ok: false, problems: parsed.issues.slice(0, MAX_PROBLEMS).map(problemOf) };
    file = {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      dossier: parsed.output,
      own: { entries: [], notes: [], hidden: [] },
    };
  } else {
    return {
      ok: false,
      problems: [
        {
          path: '',
          de: 'Die Datei enthält kein Kontext-Dossier (es fehlen „format“ und „dossier“).',
          en: 'The file holds no Kontext dossier ("format" and "dossier" are missing).',
        },
      ],
    };
  }

  const problems = referenceProblems(file, 'format' in record ? 'dossier.' : '');
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, file };
}

/** Every `__proto__`, `constructor` or `prototype` key, wherever it is (iterative: no deep recursion). */
function forbiddenKeys(data: unknown): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '' }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = joinPath(path, key);
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          path: at,
          de: `der Schlüssel „${key}“ ist nicht erlaubt.`,
          en: `the key "${key}" is not allowed.`,
        });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return problems;
}

function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path = joinPath(path, typeof key === 'number' ? key : String(key));
  }
  return path;
}

const TYPE_NAMES_DE: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  boolean: 'Wahrheitswert',
  Array: 'Liste',
  Object: 'Objekt',
  null: 'null',
  undefined: 'nichts',
};

function germanType(name: string): string {
  return name
    .split(' | ')
    .map((part) => TYPE_NAMES_DE[part] ?? part)
    .join(' oder ');
}

/** A valibot issue as a readable problem. */
function problemOf(issue: v.BaseIssue<unknown>): ImportProblem {
  const path = pathOf(issue);
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : undefined;
  switch (issue.type) {
    case 'regex':
      if (issue.message === CHECK.isoDate) {
        return {
          path,
          de: `„${String(issue.input)}“ ist kein Datum (JJJJ-MM-TT, JJJJ-MM oder JJJJ).`,
          en: `"${String(issue.input)}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).`,
        };
      }
      return {
        path,
        de: `„${short(issue.input)}“ ist keine gültige Kennung (Buchstaben, Ziffern, - _ . :).`,
        en: `"${short(issue.input)}" is not a valid id (letters, digits, - _ . :).`,
      };
    case 'check':
      if (issue.message === CHECK.script) {
        return {
          path,
          de: 'enthält HTML oder ein Skript (<…> oder javascript:): Kontext importiert nur Text.',
          en: 'contains HTML or a script (<…> or javascript:): Kontext imports text only.',
        };
      }
      if (issue.message === CHECK.url) {
        return {
          path,
          de: 'ist keine Web-Adresse (http:// oder https://).',
          en: 'is not a web address (http:// or https://).',
        };
      }
      if (issue.message === CHECK.markup) {
        return {
          path,
          de: 'enthält < oder >: Namen und Titel sind reiner Text, Markup wird nicht importiert.',
          en: 'contains < or >: names and titles are plain text, markup is not imported.',
        };
      }
      return { path, de: 'darf nicht leer sein.', en: 'must not be empty.' };
    case 'max_length':
      return Array.isArray(issue.input)
        ? { path, de: `zu viele Einträge (höchstens ${requirement}).`, en: `too many items (at most ${requirement}).` }
        : {
            path,
            de: `zu lang (höchstens ${requirement} Zeichen).`,
            en: `too long (at most ${requirement} characters).`,
          };
    case 'min_length':
      return { path, de: 'darf nicht leer sein.', en: 'must not be empty.' };
    case 'integer':
    case 'min_value':
    case 'finite':
      return {
        path,
        de: `${String(issue.input)} ist keine gültige Zahl hier.`,
        en: `${String(issue.input)} is not a valid number here.`,
      };
    default: {
      const expected = issue.expected ?? '?';
      if (issue.received === 'undefined') {
        // A missing key: valibot names the key as what it expected.
        if (expected.startsWith('"')) return { path, de: 'fehlt.', en: 'missing.' };
        return { path, de: `fehlt (erwartet: ${germanType(expected)}).`, en: `missing (expected ${expected}).` };
      }
      return {
        path,
        de: `erwartet: ${germanType(expected)}, gefunden: ${germanType(issue.received)}.`,
        en: `expected ${expected}, got ${issue.received}.`,
      };
    }
  }
}

function short(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** References between the file's parts: ids unique, sources cite its articles, related entries exist. */
function referenceProblems(file: ExportFile, prefix: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const { dossier, own } = file;
  const articleIds = new Set<string>();
  dossier.articles.forEach((a, i) => {
    if (articleIds.has(a.id))
      problems.push({
        path: `${prefix}articles[${i}].id`,
        de: `die Kennung „${a.id}“ kommt zweimal vor.`,
        en: `the id "${a.id}" appears twice.`,
      });
    articleIds.add(a.id);
  });
  const entryIds = new Set<string>();
  dossier.entries.forEach((e, i) => {
    if (entryIds.has(e.id))
      problems.push({
        path: `${prefix}entries[${i}].id`,
        de: `die Kennung „${e.id}“ kommt zweimal vor.`,
        en: `the id "${e.id}" appears twice.`,
      });
    entryIds.add(e.id);
  });
  const ownIds = new Set<string>();
  own.entries.forEach((e, i) => {
    if (entryIds.has(e.id) || ownIds.has(e.id)) {
      problems.push({
        path: `own.entries[${i}].id`,
        de: `die Kennung „${e.id}“ hat schon ein anderer Eintrag.`,
        en: `the id "${e.id}" already belongs to another entry.`,
      });
    }
    ownIds.add(e.id);
  });
  const allEntries = new Set([...entryIds, ...ownIds]);

  const checkSources = (path: string, sources: readonly { article: string }[] | undefined) =>
    sources?.forEach((s, i) => {
      if (!articleIds.has(s.article)) {
        problems.push({
          path: `${path}[${i}].article`,
          de: `zitiert den unbekannten Artikel „${s.article}“.`,
          en: `cites the unknown article "${s.article}".`,
        });
      }
    });
  const checkEntryRef = (path: string, id: string) => {
    if (!allEntries.has(id))
      problems.push({ path, de: `nennt den unbekannten Eintrag „${id}“.`, en: `names the unknown entry "${id}".` });
  };

  const checkEntry = (e: ExportFile['dossier']['entries'][number], at: string) => {
    e.summarySentences.forEach((s, k) => checkSources(`${at}.summarySentences[${k}].sources`, s.sources));
    e.facts.forEach((f, k) => checkSources(`${at}.facts[${k}].sources`, f.sources));
    e.disputes?.forEach((d, k) =>
      d.claims.forEach((c, j) => checkSources(`${at}.disputes[${k}].claims[${j}].sources`, c.sources)),
    );
    e.evidence.forEach((x, k) => {
      if (!articleIds.has(x.article)) {
        problems.push({
          path: `${at}.evidence[${k}].article`,
          de: `zitiert den unbekannten Artikel „${x.article}“.`,
          en: `cites the unknown article "${x.article}".`,
        });
      }
      checkSources(`${at}.evidence[${k}].also`, x.also);
    });
    checkSources(`${at}.sources`, e.sources);
    e.related.forEach((id, k) => checkEntryRef(`${at}.related[${k}]`, id));
    e.match.context?.forEach((id, k) => checkEntryRef(`${at}.match.context[${k}]`, id));
  };
  dossier.entries.forEach((e, i) => checkEntry(e, `${prefix}entries[${i}]`));
  own.entries.forEach((e, i) => checkEntry(e, `own.entries[${i}]`));
  dossier.timeline.forEach((t, i) => {
    checkSources(`${prefix}timeline[${i}].sources`, t.sources);
    t.entries.forEach((id, k) => checkEntryRef(`${prefix}timeline[${i}].entries[${k}]`, id));
  });
  own.notes.forEach((n, i) => checkEntryRef(`own.notes[${i}].entry`, n.entry));
  own.hidden.forEach((h, i) => checkEntryRef(`own.hidden[${i}]`, h));
  return problems;
}

/** A problem as one line in the reader's language. */
export function describeProblem(problem: ImportProblem, lang: 'de' | 'en'): string {
  return problem.path ? `${problem.path}: ${problem[lang]}` : problem[lang];
}

const PLACE_NAMES: Record<string, { de: string; en: string }> = {
  dossier: { de: 'Dossier', en: 'dossier' },
  own: { de: 'Ihre eigenen Daten', en: 'your own data' },
  entries: { de: 'Eintrag', en: 'entry' },
  articles: { de: 'Artikel', en: 'article' },
  aliases: { de: 'Name', en: 'name' },
  facts: { de: 'Fakt', en: 'fact' },
  sources: { de: 'Quelle', en: 'source' },
  evidence: { de: 'Belegstelle', en: 'evidence sentence' },
  also: { de: 'weitere Quelle', en: 'further source' },
  related: { de: 'verwandter Eintrag', en: 'related entry' },
  disputes: { de: 'Streitfrage', en: 'dispute' },
  claims: { de: 'Position', en: 'claim' },
  summarySentences: { de: 'Satz der Zusammenfassung', en: 'summary sentence' },
  notes: { de: 'Notiz', en: 'note' },
  hidden: { de: 'ausgeblendeter Eintrag', en: 'hidden entry' },
  timeline: { de: 'Ereignis der Zeitleiste', en: 'timeline event' },
  stories: { de: 'Geschichte', en: 'story' },
};

/**
 * Where a problem is, as a reader names it: `dossier.entries[3].aliases[0]` becomes
 * "Dossier, Eintrag 4, Name 1" ("dossier, entry 4, name 1"); a field keeps its key in
 * quotes. The technical path stays available as the detail.
 */
export function readablePlace(path: string, lang: 'de' | 'en'): string {
  const parts: string[] = [];
  for (const [, key, index] of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (index !== undefined) {
      // An index follows the collection it counts in: "Eintrag 4" (1-based, as readers count).
      const last = parts.pop() ?? '';
      parts.push(`${last} ${Number(index) + 1}`.trim());
      continue;
    }
    // Own keys only: a file's "__proto__" or "constructor" is a field like any other here.
    const name = Object.hasOwn(PLACE_NAMES, key!) ? PLACE_NAMES[key!] : undefined;
    parts.push(name ? name[lang] : lang === 'de' ? `Feld „${key}“` : `field “${key}”`);
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A problem as a sentence a reader understands: the place in words, then what is wrong. */
export function readableProblem(problem: ImportProblem, lang: 'de' | 'en'): string {
  return problem.path ? `${readablePlace(problem.path, lang)}: ${problem[lang]}` : problem[lang];
}
