// Debug listing (not a test): `npx tsx test/events/dump-clean.ts DIR [file-prefix]` prints each article's
// metadata, removed blocks, captions and sentences with the events extracted from them.
import path from 'node:path';
import { readSourceFolder, assignSourceIds } from '../../scripts/ingest/read.ts';
import { prepareArticle } from '../../scripts/ingest/index.ts';
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import { extractEvents } from '../../scripts/extract/events/index.ts';

const dir = process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'sources');
const only = process.argv[3] ?? '';
const { files } = readSourceFolder(dir);
const ids = assignSourceIds(files.map((f) => f.file)).ids;
for (const f of files) {
  if (only && !f.file.startsWith(only)) continue;
  const p = prepareArticle(f, ids.get(f.file) ?? f.file);
  if (!p.ok) continue;
  const { entities, mentions } = detectEntities(p.cleaned, p.meta.id);
  console.log(`\n=== ${f.file} published ${p.meta.published} (${p.meta.published_basis}) page_date ${p.meta.page_date} title ${JSON.stringify(p.cleaned.title)}`);
  for (const r of p.cleaned.removed) console.log(`  removed ${r.kind}: ${JSON.stringify(r.text.slice(0, 100))}`);
  for (const c of p.cleaned.captions) console.log(`  caption ${c.n}: ${JSON.stringify(c.text.slice(0, 140))}`);
  const evs = extractEvents(p.cleaned, p.meta, entities, mentions);
  for (const s of p.cleaned.sentences) {
    console.log(`  [${s.n}/p${s.paragraph}] ${s.text.slice(0, 400)}`);
    for (const e of evs.filter((x) => x.sentence === s.n))
      console.log(`      -> ${e.type} | ${e.title} | ${e.date ?? '-'} (${e.date_text ?? ''}) | A:${e.agents.join(',')} P:${e.patients.join(',')} L:${e.places.join(',')}`);
  }
}
