/** `npm run -s propose -- FILE...`: plain-text articles in, exactly the documented JSON out. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../src/dossier/types';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (files: string[]): { stdout: string; status: number; stderr: string } => {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'propose.ts'), ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { stdout, status: 0, stderr: '' };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; status: number };
    return { stdout: e.stdout, status: e.status, stderr: e.stderr };
  }
};

describe('propose CLI', () => {
  it('prints {"proposals": [...]} with exactly the documented fields, most important first', () => {
    const files = ['000_b20129a4c843e593.txt', '004_f2846f6686cc43ba.txt'].map((f) =>
      join(ROOT, 'assets', 'articles', f),
    );
    const { stdout, status } = run(files);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as { proposals: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['proposals']);
    expect(out.proposals.length).toBeGreaterThan(3);
    for (const p of out.proposals) {
      expect(Object.keys(p)).toEqual(['name', 'kind', 'aliases', 'role', 'summary', 'mentions']);
      expect(typeof p.name).toBe('string');
      expect(ENTRY_KINDS).toContain(p.kind);
      expect(Array.isArray(p.aliases) && (p.aliases as unknown[]).every((a) => typeof a === 'string')).toBe(true);
      expect(p.role === null || typeof p.role === 'string').toBe(true);
      expect(Number.isInteger(p.mentions)).toBe(true);
      for (const s of p.summary as { text: string; file: string }[]) {
        expect(Object.keys(s)).toEqual(['text', 'file']);
        expect(files).toContain(s.file);
      }
    }
    const mentions = out.proposals.map((p) => p.mentions as number);
    expect(mentions[0]).toBeGreaterThanOrEqual(mentions[mentions.length - 1]!);
    expect(out.proposals.map((p) => p.name)).toContain('Kim Jong-un');
  });

  it('fails with a message on stderr and nothing on stdout for a file that is not UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'propose-'));
    const bad = join(dir, 'latin1.txt');
    writeFileSync(bad, Buffer.from([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0xe4, 0xfc]));
    const { stdout, status, stderr } = run([bad]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/UTF-8/);
  });
});
