/** Checks for values of unknown shape (stored items, files, messages), so no cast is needed after them. */

/** A plain object's own keys and values: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
