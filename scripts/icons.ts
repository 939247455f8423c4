/**
 * `npm run icons`: renders assets/icon/*.svg to the PNGs in public/icon/ (see
 * scripts/icon-render.ts). The PNGs are committed, so a build and the sources zip need no
 * renderer; tests/unit/icons.test.ts fails when they no longer match the SVGs.
 *
 * `--check`: writes nothing, exits 1 when a PNG is missing or stale.
 * `--preview FILE`: also writes one sheet with every PNG enlarged (pixels kept), for looking at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_OUTPUT_DIR, renderIcons, renderSvg, type IconFile } from './icon-render';

function previewSheet(files: IconFile[]): Buffer {
  const cell = 140;
  const images = files.map((file, i) => {
    const x = (i % 4) * cell + 6;
    const y = Math.floor(i / 4) * cell + 6;
    const backdrop = file.name.startsWith('light') ? '#2b2a33' : '#f9f9fb';
    return (
      `<rect x="${x - 4}" y="${y - 4}" width="136" height="136" fill="${backdrop}"/>` +
      `<image x="${x}" y="${y}" width="128" height="128" image-rendering="optimizeSpeed" ` +
      `href="data:image/png;base64,${file.png.toString('base64')}"/>`
    );
  });
  const rows = Math.ceil(files.length / 4);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${4 * cell}" height="${rows * cell}">${images.join('')}</svg>`;
  return renderSvg(svg, 4 * cell);
}

function main(argv: readonly string[]): number {
  const files = renderIcons();
  if (argv.includes('--check')) {
    const stale = files.filter((file) => {
      const path = join(ICON_OUTPUT_DIR, file.name);
      return !existsSync(path) || !readFileSync(path).equals(file.png);
    });
    for (const file of stale) console.error(`public/icon/${file.name} does not match its SVG: run npm run icons`);
    return stale.length === 0 ? 0 : 1;
  }
  mkdirSync(ICON_OUTPUT_DIR, { recursive: true });
  for (const file of files) writeFileSync(join(ICON_OUTPUT_DIR, file.name), file.png);
  console.log(`${files.length} PNGs in public/icon/: ${files.map((f) => f.name).join(', ')}`);
  const previewAt = argv.indexOf('--preview');
  if (previewAt >= 0 && argv[previewAt + 1]) writeFileSync(argv[previewAt + 1]!, previewSheet(files));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
