/**
 * Canonical JSON and the dossier's content hash. Runs in Node and in the extension:
 * the only platform API is WebCrypto (`crypto.subtle`), global in both.
 */
import type { Dossier } from '../types';

/** JSON with object keys sorted at every level, no whitespace; `undefined` members dropped as JSON does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
    return json;
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  return `{${members.join(',')}}`;
}

/** SHA-256 of the UTF-8 bytes of `text`, as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('sha256Hex: WebCrypto (crypto.subtle) is not available here');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash a dossier must carry: SHA-256 of the canonical JSON of everything but `hash`. */
export async function dossierHash(dossier: Omit<Dossier, 'hash'> & { hash?: string }): Promise<string> {
  const { hash: _ignored, ...content } = dossier;
  return sha256Hex(canonicalJson(content));
}

/** Does the dossier's `hash` match its content? */
export async function verifyDossierHash(dossier: Dossier): Promise<boolean> {
  return (await dossierHash(dossier)) === dossier.hash;
}

/** The bytes `npm run dossier` writes: pretty JSON in the builder's fixed key order, newline at the end. */
export function serializeDossier(dossier: Dossier): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}
