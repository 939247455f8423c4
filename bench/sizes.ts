/** Sizes of the built Chrome extension's entrypoints, raw and gzipped (level 9, what a store download roughly costs). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  bytes: number;
  gzip_bytes: number;
}

export interface BundleSizes {
  content_script: FileSize;
  /** Every other shipped file by path (background, popup and options chunks, styles). */
  others: Record<string, FileSize>;
}

function sizeOf(path: string): FileSize {
  const data = readFileSync(path);
  return { bytes: data.length, gzip_bytes: gzipSync(data, { level: 9 }).length };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function bundleSizes(extensionDir: string): BundleSizes {
  const contentScript = join(extensionDir, 'content-scripts', 'content.js');
  if (!existsSync(contentScript)) throw new Error(`no content script at ${contentScript}: run \`npm run build\` first`);
  const others: Record<string, FileSize> = {};
  for (const file of filesUnder(extensionDir).sort()) {
    if (file === contentScript || !/\.(?:js|css|html)$/.test(file)) continue;
    others[relative(extensionDir, file)] = sizeOf(file);
  }
  return { content_script: sizeOf(contentScript), others };
}
