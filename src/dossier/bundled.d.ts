/** The dossier built from the catalog and articles at extension build time (see wxt.config.ts). */
declare module 'virtual:kontext-dossier' {
  import type { Dossier } from './types';
  const dossier: Dossier;
  export default dossier;
}
