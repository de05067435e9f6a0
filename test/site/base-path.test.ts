// --base-path: validation and the helpers every address built outside Eleventy goes through.
import { describe, expect, it } from 'vitest';
import { absoluteUrl, parseBasePath, publicRoot, withBasePath } from '../../scripts/site/addresses.ts';
import { runCli, repo } from '../helpers/cli.ts';
import path from 'node:path';

describe('parseBasePath', () => {
  it('normalises a path to start and end with "/", and takes the root as "" or "/"', () => {
    const ok = (v: string) => {
      const r = parseBasePath(v);
      return r.ok ? r.basePath : `error: ${r.message}`;
    };
    expect(ok('/')).toBe('/');
    expect(ok('')).toBe('/'); // actions/configure-pages reports a site at the root of its host as ""
    expect(ok('/dossier')).toBe('/dossier/'); // ... and a project page as "/<repo>"
    expect(ok('/dossier/')).toBe('/dossier/');
    expect(ok('/team/dossier-2021/')).toBe('/team/dossier-2021/');
    expect(ok('/my%20dossier/')).toBe('/my%20dossier/');
  });

  it('refuses what is not a path on the same host, with one line naming the value', () => {
    for (const bad of ['dossier', 'dossier/', '//evil.example/x/', 'https://example.org/dossier/', '/a//b/', '/a/../b/', '/./', '/a b/', '/a?b=1/', '/a#b/', '/<x>/', '/é/', '/a"/']) {
      const r = parseBasePath(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(/^--base-path must be a path such as \/dossier\/ \(.+\), got ".*"$/);
        expect(r.message).not.toContain('\n');
      }
    }
  });

  it('stops the CLI with that one line before any work', () => {
    const r = runCli(['build', '--sources', path.join(repo, 'sources'), '--out', '/nonexistent/never', '--base-path', 'dossier']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('dossier: --base-path must be a path such as /dossier/ (it must start with "/"), got "dossier"\n');
  });
});

describe('addresses under a base path', () => {
  it('prefixes root-relative site paths only', () => {
    expect(withBasePath('/', '/actors/x/')).toBe('/actors/x/');
    expect(withBasePath('/dossier/', '/actors/x/')).toBe('/dossier/actors/x/');
    expect(withBasePath('/dossier/', '/')).toBe('/dossier/');
    expect(withBasePath('/dossier/', '#s-3')).toBe('#s-3');
    expect(withBasePath('/dossier/', 'https://example.org/')).toBe('https://example.org/');
  });

  it('takes the public URL as given when it already ends with the base path, else appends it', () => {
    expect(publicRoot(null, '/dossier/')).toBe(null);
    expect(publicRoot('https://owner.github.io/dossier/', '/dossier/')).toBe('https://owner.github.io/dossier/');
    expect(publicRoot('https://owner.github.io/dossier', '/dossier/')).toBe('https://owner.github.io/dossier');
    expect(publicRoot('https://news.example.org', '/dossier/')).toBe('https://news.example.org/dossier/');
    expect(publicRoot('https://news.example.org/', '/')).toBe('https://news.example.org/');
    expect(absoluteUrl('https://owner.github.io/dossier', '/dossier/', '/events/e-1/')).toBe('https://owner.github.io/dossier/events/e-1/');
    expect(absoluteUrl('https://news.example.org', '/dossier/', '/events/e-1/')).toBe('https://news.example.org/dossier/events/e-1/');
    expect(absoluteUrl('https://news.example.org/briefing', '/', '/events/e-1/')).toBe('https://news.example.org/briefing/events/e-1/');
    expect(absoluteUrl(null, '/dossier/', '/events/e-1/')).toBe(null);
    expect(absoluteUrl('not a url', '/', '/events/e-1/')).toBe(null);
  });
});
