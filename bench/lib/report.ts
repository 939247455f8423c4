/** The results as markdown tables (printed, and pasted into the README), and the targets checked. */
import type { Summary } from './stats';

export interface Target {
  name: string;
  rule: string;
  value: number;
  pass: boolean;
}

export interface Row {
  figure: string;
  value: Summary | number;
  unit: string;
  note?: string;
}

const fmt = (n: number): string =>
  Number.isNaN(n) ? 'n/a' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);

export function figuresTable(rows: readonly Row[]): string {
  const lines = [
    '| figure | median | min | max | runs | unit | note |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const v = row.value;
    const cells =
      typeof v === 'number' ? [fmt(v), '', '', ''] : [fmt(v.median), fmt(v.min), fmt(v.max), String(v.runs)];
    lines.push(`| ${row.figure} | ${cells.join(' | ')} | ${row.unit} | ${row.note ?? ''} |`);
  }
  return lines.join('\n');
}

export function targetsTable(targets: readonly Target[]): string {
  const lines = ['| target | rule | value | result |', '| --- | --- | ---: | --- |'];
  for (const t of targets) lines.push(`| ${t.name} | ${t.rule} | ${fmt(t.value)} | ${t.pass ? 'PASS' : 'MISS'} |`);
  return lines.join('\n');
}

export interface PageRow {
  page: string;
  bytes: number;
  text_nodes: number;
  chars: number;
  marks: number;
  bare: number;
  kontext: number;
  markjs: number;
  markjs_stopped: boolean;
  advanced: number;
}

export function pagesTable(rows: readonly PageRow[]): string {
  const lines = [
    '| page | HTML KB | text nodes | text KB | Kontext marks | bare ms | kontext ms | mark.js ms | advanced ms | kontext/bare | mark.js/kontext |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const markjs = `${r.markjs_stopped ? '>' : ''}${fmt(r.markjs)}`;
    lines.push(
      `| ${r.page} | ${(r.bytes / 1024).toFixed(0)} | ${r.text_nodes} | ${(r.chars / 1024).toFixed(0)} | ${r.marks} | ${fmt(r.bare)} | ${fmt(r.kontext)} | ${markjs} | ${fmt(r.advanced)} | ${fmt(r.kontext / r.bare)} | ${r.markjs_stopped ? '>' : ''}${fmt(r.markjs / r.kontext)} |`,
    );
  }
  return lines.join('\n');
}

/** `median (min–max)`: a figure with its spread in one cell. */
export function spreadCell(value: Summary): string {
  return `${fmt(value.median)} (${fmt(value.min)}–${fmt(value.max)})`;
}

export interface LoadTableRow {
  page: string;
  frames: number;
  /** Per build, the marks it painted. */
  marks: Record<string, number>;
  /** Per build: time in its own scripts (CPU profile), per load. */
  kontextJs: Record<string, Summary>;
  extra: Record<string, { task_ms: Summary; heap_mb: Summary }>;
  /** Per variant (the browser without the extension included): median long tasks, long frames and their blocking time. */
  longTasks: Record<string, { tasks: Summary; frames: Summary; blocking: Summary }>;
  timeouts: number;
}

/**
 * The page-load table: per page, each build's own JavaScript time and what it adds over
 * the browser without it (median of per-round differences, min–max), and the long tasks
 * and long animation frames on each side.
 */
export function pageLoadTable(rows: readonly LoadTableRow[], builds: readonly string[]): string {
  const perBuild = (label: string) => builds.map((b) => (builds.length > 1 ? `${label} (${b})` : label));
  const header = [
    'page',
    'frames',
    ...perBuild('marks'),
    ...perBuild('Kontext JS ms'),
    ...perBuild('extra task ms'),
    ...perBuild('extra heap MB'),
    'long tasks · frames without',
    ...perBuild('long tasks · frames with'),
  ];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| --- | ${header
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
  ];
  const longTasks = (lt: LoadTableRow['longTasks'][string] | undefined) =>
    lt ? `${fmt(lt.tasks.median)} · ${fmt(lt.frames.median)} (${fmt(lt.blocking.median)} ms)` : '';
  for (const row of rows) {
    const cells = [
      `${row.page}${row.timeouts > 0 ? ` ⚠${row.timeouts}` : ''}`,
      String(row.frames),
      ...builds.map((b) => String(row.marks[b] ?? '')),
      ...builds.map((b) => (row.kontextJs[b] ? spreadCell(row.kontextJs[b]) : '')),
      ...builds.map((b) => (row.extra[b] ? spreadCell(row.extra[b].task_ms) : '')),
      ...builds.map((b) => (row.extra[b] ? spreadCell(row.extra[b].heap_mb) : '')),
      longTasks(row.longTasks.none),
      ...builds.map((b) => longTasks(row.longTasks[b])),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
