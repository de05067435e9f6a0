// The search stage: a Pagefind index of the built site, with filters for page kind, actor type and
// outlet (set in the templates with data-pagefind-filter). Runs on every build, after Eleventy.
import path from 'node:path';

export async function indexSite(siteDir: string): Promise<{ pages: number; errors: string[] }> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) return { pages: 0, errors };
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
