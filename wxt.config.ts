import { resolve } from 'node:path';
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
 * Preact's renderer keeps one HTML sink: `dangerouslySetInnerHTML` becomes an `innerHTML`
 * assignment. Kontext never uses it (tests/unit/no-html-sinks.test.ts), so the shipped
 * bundle replaces that assignment with a throw: no code path in the extension can set
 * HTML, and Firefox's linter (`npm run lint:firefox`) finds no unsafe assignment. A Preact
 * whose code no longer has the pattern fails the build rather than shipping unchecked.
 */
function preactWithoutHtmlSink(): Plugin {
  const preactBundle = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/;
  const htmlAssignment = /\(\s*(\w+)\.innerHTML\s*=\s*(\w+)\.__html\s*\)/g;
  return {
    name: 'kontext-preact-without-html-sink',
    transform(code, id) {
      if (!preactBundle.test(id)) return undefined;
      const matches = code.match(htmlAssignment)?.length ?? 0;
      if (matches !== 1) this.error(`expected one dangerouslySetInnerHTML assignment in ${id}, found ${matches}`);
      return {
        code: code.replace(
          htmlAssignment,
          '(()=>{throw new Error("Kontext sets no HTML: dangerouslySetInnerHTML is not supported")})()',
        ),
        map: null,
      };
    },
  };
}

/**
 * Readability (the "add this article" extractor) writes HTML twice, both times into the
 * clone of the page it works on: restoring its cached subtree before a retry, and reading
 * `<noscript>` images. The same done with nodes instead of HTML strings: a cached clone of
 * the subtree, and the noscript text parsed by DOMParser (inert: nothing loads or runs).
 * The build fails if Readability's code changes shape.
 */
function readabilityWithoutHtmlSinks(): Plugin {
  const readability = /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;
  const rewrites: [string, string][] = [
    ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
    ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);'],
    [
      'tmp.innerHTML = noscript.innerHTML;',
      'tmp.replaceChildren(...new DOMParser().parseFromString(noscript.textContent, "text/html").body.childNodes);',
    ],
  ];
  return {
    name: 'kontext-readability-without-html-sinks',
    transform(code, id) {
      if (!readability.test(id)) return undefined;
      let out = code;
      for (const [from, to] of rewrites) {
        const count = out.split(from).length - 1;
        if (count !== 1) this.error(`expected "${from}" once in ${id}, found ${count}`);
        out = out.replace(from, to);
      }
      return { code: out, map: null };
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
/** `npm run bench:profile` builds unminified into its own folder: function names in a CPU profile. */
const PROFILE_BUILD = process.env.KONTEXT_PROFILE_BUILD === '1';

export default defineConfig({
  ...(PROFILE_BUILD ? { outDir: '.output-profile' } : {}),
  // No @wxt-dev/webextension-polyfill: WXT's own `browser` (its content-script context,
  // @wxt-dev/storage) is the browser's global, which keeps the polyfill out of the scripts in
  // pages (pre-check, page script: src/content/extension-api.ts); the extension pages and the
  // background import webextension-polyfill themselves.
  modules: [],
  manifest: ({ browser, command }) => ({
    // WXT writes it as Firefox MV2's single string where that build needs it.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    // Name, description and command texts in the browser's language: public/_locales/
    // (docs/adr/0001-default-locale-english.md says why English is the default).
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `version` is left out on purpose: WXT takes it from package.json.
    // public/icon/*.png (rendered by `npm run icons`) become `icons`, the Firefox build's
    // light/dark pairs `theme_icons`; the toolbar icon is set in entrypoints/popup/index.html.
    // `scripting` and the hosts: the popup's "add this article" injects the extractor into the
    // tab the reader asked about, only then, and the pre-check has the full content script
    // (page-script.js) injected into a frame that may mention the dossier, which has the card
    // (card-script.js) injected on its first hover (the content script already runs on these hosts).
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: manifestCommands(),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kontext@example.invalid',
              // Firefox supports data_collection_permissions from 140 (Android 142): the
              // linter rejects lower minimums, Firefox 127 and older refuse the manifest.
              strict_min_version: '140.0',
              // Kontext collects and transmits nothing (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // Firefox's review rebuilds the extension from these: exactly what the build reads,
    // nothing else (no tests, benchmarks, screenshots or local output).
    // scripts/check-sources-zip.ts proves the rebuild is byte-identical.
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'entrypoints/**',
      'src/**',
      'public/**',
      'assets/**',
      'scripts/icons.ts',
      'scripts/icon-render.ts',
      'README.md',
      'SOURCES.md',
      'PRIVACY.md',
    ],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // The pre-check's context, without WXT's start-up events (src/content/light-content-context.ts).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: resolve(import.meta.dirname, 'src/content/light-content-context.ts'),
        },
      ],
    },
    ...(PROFILE_BUILD ? { build: { minify: false } } : {}),
    plugins: [bundledDossier(), preactWithoutHtmlSink(), readabilityWithoutHtmlSinks()],
  }),
});
