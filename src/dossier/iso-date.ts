/**
 * Partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): the one rule for what counts as
 * one, used by the builder, the import check, the reader's own articles, the article
 * form and the date formatting. Pure and small, so the content script can carry it.
 */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** The shape alone, for an HTML `pattern` attribute (which cannot check a month's days). */
export const ISO_DATE_PATTERN = String.raw`\d{4}(-\d{2}(-\d{2})?)?`;

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real month, a day the month has); anything else is undefined. */
export function parseIsoDate(iso: string | undefined): PartialDate | undefined {
  const m = iso === undefined ? null : SHAPE.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  return { year, month, day };
}

export const isIsoDate = (value: string): boolean => parseIsoDate(value) !== undefined;
