import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { manifestCommands } from './src/background/commands';

const DOSSIER_MODULE = 'virtual:kontext-dossier';

/**
 * Bundles the dossier by building it from the catalog and the articles during the
 * extension build, with the same code as `npm run dossier`: no stale copy can ship.
 * A validation error fails the build.
 */
function bundledDossier(): Plugin {
  const resolved = `\0${DOSSIER_MODULE}`;
  return {
    name: 'kontext-bundled-dossier',
    resolveId: (id) => (id === DOSSIER_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const { loadBundledInput } = await import('./src/dossier/node/load');
      const { buildDossier } = await import('./src/dossier/build');
      const dossier = await buildDossier(await loadBundledInput(), { audit: true });
      // A JSON string parses faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dossier))});`;
    },
  };
}

/**
 * Extension pages (popup, options, dossier page) and the service worker: only the
 * extension's own scripts run, no plugin, no <base>, no framing by any page, no network
 * connection of any kind, no form posts. Production builds only: the dev server
 * (`wxt`) needs its own origin. SECURITY.md explains each directive.
 */
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; connect-src 'none'; form-action 'none'";

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, command }) => ({
    // WXT writes it as Firefox MV2's single string where that build needs it.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    name: 'Kontext',
    description:
      'Context for news readers: marks people, places and events from your dossier and explains them on hover.',
    permissions: ['storage'],
    commands: manifestCommands(),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kontext@example.invalid', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [bundledDossier()],
  }),
});
