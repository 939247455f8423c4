/** Coded errors (`src/errors.ts`) as sentences in the reader's language. */
import type { CodedError, ErrorParam } from '../errors';
import type { Lang } from '../dossier/types';
import type { ImportProblem } from '../import-export/import-file';
import { LOCALES } from './format';
import { localized, translator, type MessageKey } from './i18n';
import { filePlaceMessages } from './messages/errors';

/** The message for a coded error, with the more specific reason after it. */
export function describeError(error: CodedError, lang: Lang): string {
  const t = translator(lang);
  const given: Readonly<Record<string, ErrorParam>> = error.params;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) params[name] = paramText(value, lang);
  if (error.code === 'importWrongType' || error.code === 'importMissingType') {
    params.expected = typeNames(error.params.expected, lang);
    if (error.code === 'importWrongType') params.received = typeNames(error.params.received, lang);
  }
  const text = t(error.code, params);
  return error.because ? `${text} ${describeError(error.because, lang)}` : text;
}

function paramText(value: ErrorParam, lang: Lang): string {
  if (typeof value === 'number') return value.toLocaleString(LOCALES[lang], { maximumFractionDigits: 1 });
  return typeof value === 'string' ? value : localized(value, lang);
}

/** Valibot's type names and the message that names each. */
const VALUE_TYPES = new Map<string, MessageKey>([
  ['string', 'valueType_string'],
  ['number', 'valueType_number'],
  ['boolean', 'valueType_boolean'],
  ['Array', 'valueType_Array'],
  ['Object', 'valueType_Object'],
  ['null', 'valueType_null'],
  ['undefined', 'valueType_undefined'],
]);

/** Valibot's `string | Array` as the language names them ("Text oder Liste"). */
function typeNames(expression: string, lang: Lang): string {
  const t = translator(lang);
  return expression
    .split(' | ')
    .map((part) => {
      const key = VALUE_TYPES.get(part);
      return key ? t(key) : part;
    })
    .join(t('valueTypeOr'));
}

/** An import problem as one line with its technical place: `dossier.entries[3]: …`. */
export function describeProblem(problem: ImportProblem, lang: Lang): string {
  const text = describeError(problem.error, lang);
  return problem.path ? `${problem.path}: ${text}` : text;
}

/**
 * Where a problem is, as a reader names it: `dossier.entries[3].aliases[0]` becomes
 * "Dossier, Eintrag 4, Name 1" ("dossier, entry 4, name 1"); a field keeps its key in
 * quotes. The technical path stays available as the detail.
 */
export function readablePlace(path: string, lang: Lang): string {
  const t = translator(lang);
  const parts: string[] = [];
  for (const [, key, index] of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (index !== undefined) {
      // An index follows the collection it counts in: "Eintrag 4" (1-based, as readers count).
      const last = parts.pop() ?? '';
      parts.push(`${last} ${Number(index) + 1}`.trim());
      continue;
    }
    // Own keys only: a file's "__proto__" or "constructor" is a field like any other here.
    const place = `place_${key}`;
    parts.push(isPlaceKey(place) ? t(place) : t('placeField', { key: key ?? '' }));
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isPlaceKey(key: string): key is keyof typeof filePlaceMessages.en {
  return Object.hasOwn(filePlaceMessages.en, key);
}

/** A problem as a sentence a reader understands: the place in words, then what is wrong. */
export function readableProblem(problem: ImportProblem, lang: Lang): string {
  const text = describeError(problem.error, lang);
  return problem.path ? `${readablePlace(problem.path, lang)}: ${text}` : text;
}
