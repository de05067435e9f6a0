// Runs the real command line in a child process, as users and CI do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';

export const repo = path.resolve(import.meta.dirname, '..', '..');

/** `nodeArgs` go before the script, e.g. ['--import', faultModule] to inject file system faults. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; nodeArgs?: string[] } = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(repo, 'scripts', 'cli.ts'), ...args], {
    cwd: opts.cwd ?? repo,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: opts.cwd ?? repo, CI: 'true', ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `dossier-${prefix}-`));
}

/** Builds a sources folder into a fresh temp site; returns the site folder and the CLI's output. */
export function buildInto(sources: string, extra: string[] = []): { out: string; cache: string; status: number; stdout: string; stderr: string } {
  const base = tempDir('site');
  const out = path.join(base, 'site');
  const cache = path.join(base, 'cache');
  const r = runCli(['build', '--sources', sources, '--out', out, '--cache', cache, '--quiet', '--no-briefs', ...extra]);
  return { out, cache, ...r };
}

/** Every file under dir with a hash of its bytes, in a stable order. */
export function treeHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

export function readPage(out: string, urlPath: string): string {
  return fs.readFileSync(path.join(out, urlPath.replace(/^\//, ''), urlPath.endsWith('.html') ? '' : 'index.html'), 'utf8');
}
