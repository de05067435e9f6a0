// A page never links a PDF brief that was not printed: with no browser the actor pages carry no download
// link; when printing fails after the pages were rendered, the link is taken out again; the next build that
// can print renders those pages with the link (and the PDFs) again.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, repo, tempDir } from '../helpers/cli.ts';
import { checkLinks } from '../helpers/links.ts';
import type { Dossier } from '../../scripts/lib/types.ts';

const LINK = 'Download the printable brief (PDF)';

function build(out: string, cache: string, chromium: string) {
  const r = runCli(['build', '--sources', path.join(repo, 'sources'), '--out', out, '--cache', cache, '--quiet'], { env: { CHROMIUM_PATH: chromium } });
  expect(r.status, r.stderr).toBe(0);
  const dossier: Dossier = JSON.parse(fs.readFileSync(path.join(out, 'data', 'dossier.json'), 'utf8'));
  // outlets are sources, not actors: their pages carry no brief
  const briefed = dossier.actors.filter((a) => a.type !== 'place' && !fs.readFileSync(path.join(out, 'actors', a.id, 'index.html'), 'utf8').includes('class="actor brief outlet"'));
  const linking = briefed.filter((a) => fs.readFileSync(path.join(out, 'actors', a.id, 'index.html'), 'utf8').includes(LINK));
  const printed = briefed.filter((a) => fs.existsSync(path.join(out, 'briefs', `${a.id}.pdf`)));
  const briefWarnings = r.stderr.split('\n').filter((l) => l.includes('briefs'));
  return { briefed, linking, printed, briefWarnings, broken: checkLinks(out).broken };
}

describe('PDF brief links', () => {
  it('are left out when no browser can be found (CHROMIUM_PATH naming a missing file)', () => {
    const base = tempDir('briefs-none');
    const r = build(path.join(base, 'site'), path.join(base, 'cache'), '/nonexistent/google-chrome');
    expect(r.briefWarnings).toEqual(['warning: briefs: not printed (no browser at CHROMIUM_PATH=/nonexistent/google-chrome)']);
    expect(r.printed).toEqual([]);
    expect(r.linking).toEqual([]);
    expect(r.broken).toEqual([]);
  }, 120_000);

  it('are taken out when printing fails, and come back with the PDFs once a build can print', () => {
    const base = tempDir('briefs-fail');
    const out = path.join(base, 'site');
    const cache = path.join(base, 'cache');
    // A "browser" that exists but cannot be launched: the pages are rendered with links, then printing fails.
    const failed = build(out, cache, '/bin/false');
    expect(failed.briefWarnings).toHaveLength(1);
    expect(failed.briefWarnings[0]).toMatch(/^warning: briefs: not printed \(/);
    expect(failed.printed).toEqual([]);
    expect(failed.linking).toEqual([]);
    expect(failed.broken).toEqual([]);
    // Same output and cache, Debian's chromium: the unlinked pages are rendered again, with their PDFs.
    const printed = build(out, cache, '');
    expect(printed.briefWarnings).toEqual([]);
    expect(printed.printed.map((a) => a.id)).toEqual(printed.briefed.map((a) => a.id));
    expect(printed.linking.map((a) => a.id)).toEqual(printed.briefed.map((a) => a.id));
    expect(printed.broken).toEqual([]);
  }, 240_000);
});
