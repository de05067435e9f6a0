// The unchanged pages of a rebuild are put in place from the previous site by a worker thread while the
// main thread renders (jobs.ts reusedPagesJob, reuse-worker.ts): the staging folder must end with exactly
// the previous files of those pages, whether the worker or the main thread did it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reusedPagesJob } from '../../scripts/site/jobs.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reused-pages-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A previous site with `n` source pages and an image; returns its folder and the pages' URLs. */
function previousSite(name: string, n: number): { dir: string; urls: string[] } {
  const dir = path.join(tmp, name);
  const urls: string[] = [];
  for (let i = 0; i < n; i++) {
    const url = `/sources/page-${i}/`;
    fs.mkdirSync(path.join(dir, url), { recursive: true });
    fs.writeFileSync(path.join(dir, url, 'index.html'), `<p>page ${i}</p>`);
    urls.push(url);
  }
  fs.mkdirSync(path.join(dir, 'img', 'og'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'img', 'og', 'card.png'), 'png');
  return { dir, urls };
}

describe('reusedPagesJob', () => {
  for (const n of [20, 700]) {
    it(`puts the previous files of ${n} unchanged pages into the staging folder (${n < 500 ? 'this thread' : 'a worker thread'})`, async () => {
      const { dir, urls } = previousSite(`site-${n}`, n);
      const staging = path.join(tmp, `staging-${n}`);
      fs.mkdirSync(staging);
      // A page rendered meanwhile into the same folders, and one URL whose previous file is missing.
      fs.mkdirSync(path.join(staging, 'sources', 'rendered'), { recursive: true });
      fs.writeFileSync(path.join(staging, 'sources', 'rendered', 'index.html'), 'new');
      const placed: string[] = [];
      const wanted = [...urls.slice(1), '/sources/gone/'];
      const job = reusedPagesJob(dir, wanted, ['/img/og/card.png'], (batch) => {
        // Told only of pages already in place.
        for (const u of batch) if (u !== '/sources/gone/') expect(fs.existsSync(path.join(staging, u, 'index.html'))).toBe(true);
        placed.push(...batch);
      });
      job.start(staging);
      await job.finish();
      expect(placed).toEqual(wanted); // each once, in the order given
      expect(fs.existsSync(path.join(staging, urls[0], 'index.html'))).toBe(false);
      for (const url of urls.slice(1)) expect(fs.readFileSync(path.join(staging, url, 'index.html'), 'utf8')).toBe(fs.readFileSync(path.join(dir, url, 'index.html'), 'utf8'));
      expect(fs.readFileSync(path.join(staging, 'img', 'og', 'card.png'), 'utf8')).toBe('png');
      expect(fs.readFileSync(path.join(staging, 'sources', 'rendered', 'index.html'), 'utf8')).toBe('new');
    });
  }

  it('places the urgent pages before start returns, the rest in the worker', async () => {
    const { dir, urls } = previousSite('site-urgent', 800);
    const staging = path.join(tmp, 'staging-urgent');
    fs.mkdirSync(staging);
    const placed: string[] = [];
    const job = reusedPagesJob(dir, urls, [], (batch) => placed.push(...batch), 100);
    job.start(staging);
    expect(placed).toEqual(urls.slice(0, 100));
    for (const url of urls.slice(0, 100)) expect(fs.existsSync(path.join(staging, url, 'index.html'))).toBe(true);
    await job.finish();
    expect(placed).toEqual(urls);
    for (const url of urls) expect(fs.existsSync(path.join(staging, url, 'index.html'))).toBe(true);
  });

  it('fails the build when the staging folder cannot take the pages', async () => {
    const { dir, urls } = previousSite('site-bad', 600);
    const staging = path.join(tmp, 'staging-bad');
    fs.writeFileSync(staging, 'a file, not a folder');
    const job = reusedPagesJob(dir, urls, []);
    job.start(staging);
    await expect(job.finish()).rejects.toThrow();
  });
});
