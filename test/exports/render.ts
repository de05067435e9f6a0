// Renders one of the page templates with Eleventy (the project's real config) on given global data,
// into a temp folder. `source: 'cli'` makes the output folder given here win over the config's _site.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repo } from '../helpers/cli.ts';
import { templateFilters } from '../../scripts/site/addresses.ts';

export async function renderTemplate(template: string, data: Record<string, unknown>): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-tpl-'));
  const { default: Eleventy } = await import('@11ty/eleventy');
  const cwd = process.cwd();
  process.chdir(repo);
  try {
    const elev = new Eleventy(path.join('content', template), out, {
      quietMode: true,
      configPath: '.eleventy.js',
      source: 'cli',
      config(cfg: any) {
        // The filters the build's render step registers (scripts/site/addresses.ts).
        for (const [name, filter] of Object.entries(templateFilters)) cfg.addFilter(name, filter);
        for (const [k, v] of Object.entries(data)) cfg.addGlobalData(k, v);
      },
    } as any);
    (elev as any).setIsVerbose(false);
    (elev as any).disableLogger(); // no "[11ty] Wrote 1 file" in the test output
    await elev.write();
  } finally {
    process.chdir(cwd);
  }
  return out;
}
