// `npm run eval`: extraction (curation off) scored against hand annotation.
//   set "bundled": sources/                  annotations with `set: bundled` (test/fixtures/annotations)
//   set "other":   test/fixtures/articles/    annotations with `set: other`
//   set "devset":  ../shared/devset/          when it exists beside the project (devset format)
// `--set DIR` (repeatable) scores any folder in the devset format (DIR/articles/, DIR/gold.yml,
// DIR/articles.yml) instead; `--dossier FILE` scores a built data/dossier.json against that one set.
// Prints one table per set, the pipeline next to compromise's own NER on the same sentences.
// Options: --json FILE (write the figures), --verbose (list misses and the failure families).
// Exit status 0 unless the pipeline itself crashes or an option is wrong.

import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseEvalArgs, type EvalArgs } from './eval/args.ts';
import { isDevsetDir } from './eval/devset-gold.ts';
import { loadGold } from './eval/gold.ts';
import { ANNOTATIONS, OWN_SETS, SHARED_DEVSET } from './eval/paths.ts';
import { loadPipeline } from './eval/pipeline-load.ts';
import { runDevset, type DevsetResult } from './eval/run-devset.ts';
import { runOwnSet, type OwnSetResult } from './eval/run-own.ts';

async function main(): Promise<void> {
  let args: EvalArgs;
  try {
    args = parseEvalArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    process.exit(2);
  }
  const problems: string[] = [];
  const results: (OwnSetResult | DevsetResult)[] = [];
  const extract = args.dossier ? null : await loadPipeline();
  if (!extract && !args.dossier) console.error('eval: scripts/pipeline.ts (extractCorpus) is not available; scoring an empty prediction.');

  if (args.sets.length) {
    for (const s of args.sets) {
      const dir = resolve(s);
      if (!isDevsetDir(dir)) {
        console.error(`eval: ${s}: not a set in the devset format (needs ${s}/gold.yml and ${s}/articles/)`);
        process.exitCode = 2;
        continue;
      }
      try {
        const r = await runDevset(basename(dir), dir, { extract, dossierFile: args.dossier ? resolve(args.dossier) : null, verbose: args.verbose });
        if (r) results.push(r);
      } catch (e) {
        if (!args.dossier) throw e;
        console.error(`eval: ${(e as Error).message}`); // an unreadable --dossier file: one line, not a crash
        process.exitCode = 2;
      }
    }
  } else {
    const gold = loadGold(ANNOTATIONS, problems);
    for (const p of problems) console.error(`annotation: ${p}`);
    for (const { set, dir } of OWN_SETS) results.push(await runOwnSet(set, dir, gold.filter((a) => a.set === set), extract, args.verbose));
    if (isDevsetDir(SHARED_DEVSET)) {
      const r = await runDevset('devset', SHARED_DEVSET, { extract, dossierFile: null, verbose: args.verbose });
      if (r) results.push(r);
    } else console.log(`\n(no development set at ${SHARED_DEVSET}: only the project's own sets were scored)`);
  }
  if (args.json) {
    mkdirSync(dirname(resolve(args.json)), { recursive: true });
    writeFileSync(args.json, JSON.stringify({ generated: new Date().toISOString(), annotation_problems: problems, sets: results }, null, 2) + '\n');
    console.log(`\nfigures written to ${args.json}`);
  }
}

main().catch((e) => {
  console.error(`eval: pipeline crashed: ${(e as Error)?.stack ?? e}`);
  process.exit(1);
});

