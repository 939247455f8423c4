/** Addresses Kontext records: web pages only (http, https), never `javascript:` or `data:`. */

/** The absolute http(s) address `value` names (relative ones against `base`), or undefined. */
export function httpUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function isHttpUrl(value: string): boolean {
  return httpUrl(value) !== undefined;
}
