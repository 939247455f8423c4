/**
 * The labelled evaluation format (tests/eval/README.md) and its scoring, shared by
 * `npm run eval:spot` and `npm run eval:relevance`.
 */

export interface Label {
  start: number;
  end: number;
  entry: string;
}

export interface Doc {
  file: string;
  text: string;
  gold: Label[];
}

/** Turns `[[surface|id]]` markup (and `\uXXXX` escapes) into plain text plus labels. */
export function parseLabelled(source: string, ids: Record<string, string>): { text: string; gold: Label[] } {
  const unescape = (s: string): string =>
    s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const gold: Label[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(/\[\[([^|\]]+)\|([^\]]+)\]\]/g)) {
    text += unescape(source.slice(last, m.index));
    const surface = unescape(m[1] ?? '');
    const id = (m[2] ?? '').trim();
    gold.push({ start: text.length, end: text.length + surface.length, entry: ids[id] ?? id });
    text += surface;
    last = m.index + m[0].length;
  }
  text += unescape(source.slice(last));
  return { text, gold };
}

const key = (l: Label): string => `${l.start}:${l.end}:${l.entry}`;

/** Pairs found and gold labels one to one: same entry, overlapping spans (exact matches first). */
export function pair(found: readonly Label[], gold: readonly Label[]): { fp: Label[]; fn: Label[]; exact: number } {
  const goldLeft = new Set(gold);
  const fp: Label[] = [];
  const exactKeys = new Set(gold.map(key));
  let exact = 0;
  const byExactFirst = [...found].sort((a, b) => Number(exactKeys.has(key(b))) - Number(exactKeys.has(key(a))));
  for (const f of byExactFirst) {
    const g =
      [...goldLeft].find((l) => key(l) === key(f)) ??
      [...goldLeft].find((l) => l.entry === f.entry && l.start < f.end && f.start < l.end);
    if (g === undefined) fp.push(f);
    else {
      goldLeft.delete(g);
      if (key(g) === key(f)) exact++;
    }
  }
  return { fp: fp.sort((a, b) => a.start - b.start), fn: [...goldLeft], exact };
}
