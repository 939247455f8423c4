/**
 * Bundles the in-page bench (Kontext's own modules + mark.js + advanced-mark.js) with
 * esbuild into one iife script in a temp dir; nothing is written into the repository.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const ENTRY = join(import.meta.dirname, 'in-page.ts');

/** Vite's `?inline` CSS imports (the card's stylesheet) as plain strings. */
export const inlineCss: Plugin = {
  name: 'inline-css',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

export async function bundleInPageBench({ minify = true }: { minify?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kontext-bench-'));
  try {
    const outfile = join(dir, 'in-page.js');
    await build({
      entryPoints: [ENTRY],
      outfile,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      // Minified like the extension's production build, so the code shape is the shipped one.
      minify,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: {
        'process.env.NODE_ENV': '"production"',
        'import.meta.env.DEV': 'false',
        'import.meta.env.PROD': 'true',
      },
      plugins: [inlineCss],
      logLevel: 'silent',
    });
    return await readFile(outfile, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
