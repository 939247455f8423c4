/**
 * The `storage.local` key of the counter the background bumps whenever the dossier changes
 * (dossier-version.ts). On its own so the page script can watch it without WXT's storage
 * module (src/content/extension-api.ts).
 */
export const DOSSIER_VERSION_KEY = 'dossierVersion';
