/**
 * Reading an import file, pure: size, JSON, forbidden keys, the schema, then the
 * references between its parts. Every problem names its place in the file
 * (`dossier.entries[3].aliases[0]`) and says what is wrong as a coded error (`src/errors.ts`;
 * the wording is in the message tables). Nothing here writes: the caller writes only a file that passed every check.
 */
import * as v from 'valibot';
import { coded, type CodedError } from '../errors';
import { isRecord } from '../guards';
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
  error: CodedError;
}

export type ImportCheck = { ok: true; file: ExportFile } | { ok: false; problems: ImportProblem[] };

const megabytes = (bytes: number): number => bytes / 1024 / 1024;

/** Refuses a file by its size alone, before reading it. */
export function checkImportSize(bytes: number): ImportProblem | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return { path: '', error: coded('importTooBig', { size: megabytes(bytes), max: megabytes(MAX_IMPORT_BYTES) }) };
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
  } catch {
    return { ok: false, problems: [{ path: '', error: coded('importNotJson') }] };
  }
  return checkImportData(data);
}

/** Checks parsed JSON: forbidden keys, the schema, the references. */
export function checkImportData(data: unknown): ImportCheck {
  const forbidden = forbiddenKeys(data);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };

  if (!isRecord(data)) return { ok: false, problems: [{ path: '', error: coded('importNoDossier') }] };
  const record = data;
  let file: ExportFile;
  if ('format' in record) {
    if (record.format !== EXPORT_FORMAT) {
      return {
        ok: false,
        problems: [{ path: 'format', error: coded('importWrongFormat', { expected: EXPORT_FORMAT }) }],
      };
    }
    if (record.formatVersion !== EXPORT_FORMAT_VERSION) {
      return {
        ok: false,
        problems: [
          {
            path: 'formatVersion',
            error: coded('importUnknownVersion', {
              version: String(record.formatVersion),
              expected: EXPORT_FORMAT_VERSION,
            }),
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
      problems: [{ path: '', error: coded('importNoDossierKeys') }],
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
  for (let item = stack.pop(); item && problems.length < MAX_PROBLEMS; item = stack.pop()) {
    const { value, path } = item;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    if (!isRecord(value)) continue;
    for (const key of Object.keys(value)) {
      const at = joinPath(path, key);
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: at, error: coded('importForbiddenKey', { key }) });
        continue;
      }
      stack.push({ value: value[key], path: at });
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

/** A valibot issue as a coded problem. */
function problemOf(issue: v.BaseIssue<unknown>): ImportProblem {
  return { path: pathOf(issue), error: issueError(issue) };
}

function issueError(issue: v.BaseIssue<unknown>): CodedError {
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : 0;
  switch (issue.type) {
    case 'regex':
      return coded('importBadId', { value: short(issue.input) });
    case 'check':
      if (issue.message === CHECK.isoDate) return coded('importBadDate', { value: String(issue.input) });
      if (issue.message === CHECK.script) return coded('importScript');
      if (issue.message === CHECK.url) return coded('importNotUrl');
      if (issue.message === CHECK.markup) return coded('importMarkup');
      return coded('importEmpty');
    case 'max_length':
      return Array.isArray(issue.input)
        ? coded('importTooManyItems', { max: requirement })
        : coded('importTooLong', { max: requirement });
    case 'min_length':
      return coded('importEmpty');
    case 'integer':
    case 'min_value':
    case 'finite':
      return coded('importBadNumber', { value: String(issue.input) });
    default: {
      const expected = issue.expected ?? '?';
      if (issue.received === 'undefined') {
        // A missing key: valibot names the key as what it expected.
        return expected.startsWith('"') ? coded('importMissing') : coded('importMissingType', { expected });
      }
      return coded('importWrongType', { expected, received: issue.received });
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
      problems.push({ path: `${prefix}articles[${i}].id`, error: coded('importDuplicateId', { id: a.id }) });
    articleIds.add(a.id);
  });
  // The articles of the reader's other stories, ids new: an own entry may quote them (an accepted proposal).
  file.stories?.forEach((story, i) =>
    story.articles.forEach((a, k) => {
      if (articleIds.has(a.id))
        problems.push({ path: `stories[${i}].articles[${k}].id`, error: coded('importDuplicateId', { id: a.id }) });
      articleIds.add(a.id);
    }),
  );
  const entryIds = new Set<string>();
  dossier.entries.forEach((e, i) => {
    if (entryIds.has(e.id))
      problems.push({ path: `${prefix}entries[${i}].id`, error: coded('importDuplicateId', { id: e.id }) });
    entryIds.add(e.id);
  });
  const ownIds = new Set<string>();
  own.entries.forEach((e, i) => {
    if (entryIds.has(e.id) || ownIds.has(e.id)) {
      problems.push({ path: `own.entries[${i}].id`, error: coded('importIdTaken', { id: e.id }) });
    }
    ownIds.add(e.id);
  });
  const allEntries = new Set([...entryIds, ...ownIds]);

  const checkSources = (path: string, sources: readonly { article: string }[] | undefined) =>
    sources?.forEach((s, i) => {
      if (!articleIds.has(s.article)) {
        problems.push({ path: `${path}[${i}].article`, error: coded('importUnknownArticle', { id: s.article }) });
      }
    });
  const checkEntryRef = (path: string, id: string) => {
    if (!allEntries.has(id)) problems.push({ path, error: coded('importUnknownEntry', { id }) });
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
          error: coded('importUnknownArticle', { id: x.article }),
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
  // The reader's stories: ids unique, their entries known.
  const storyIds = new Set<string>();
  file.stories?.forEach((story, i) => {
    if (storyIds.has(story.id))
      problems.push({ path: `stories[${i}].id`, error: coded('importDuplicateId', { id: story.id }) });
    storyIds.add(story.id);
    story.entries.forEach((id, k) => checkEntryRef(`stories[${i}].entries[${k}]`, id));
  });
  return problems;
}
