// Debug listing (not a test): `npx tsx test/events/dump.ts [dir]` prints every extracted event with
// its title, date, agents/patients/places and sentence, through the real per-article stages.
import path from 'node:path';
import { readSourceFolder, assignSourceIds } from '../../scripts/ingest/read.ts';
import { prepareArticle } from '../../scripts/ingest/index.ts';
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import { extractEvents } from '../../scripts/extract/events/index.ts';

const dir = process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'sources');
const { files } = readSourceFolder(dir);
const ids = assignSourceIds(files.map((f) => f.file)).ids;
for (const f of files) {
  const p = prepareArticle(f, ids.get(f.file) ?? f.file);
  if (!p.ok) continue;
  const { entities, mentions } = detectEntities(p.cleaned, p.meta.id);
  console.log(`\n=== ${f.file} (published ${p.meta.published})`);
  for (const e of extractEvents(p.cleaned, p.meta, entities, mentions)) {
    const s = p.cleaned.sentences[e.sentence - 1]?.text ?? '';
    console.log(`[${e.sentence}] ${e.type} | ${e.title} | ${e.date ?? '-'} (${e.date_text ?? ''}) | A:${e.agents.join(',')} P:${e.patients.join(',')} L:${e.places.join(',')}\n     ${s.slice(0, 160)}`);
  }
}
