// Human-readable table of the evaluation figures (pipeline and compromise side by side).

import { scoreSet, type ActorScores, type GoldArticle, type Prediction, type Ratio, type SetScores } from './score.ts';

export interface SetReport {
  set: string;
  dir: string;
  /** How sentences were obtained: "pipeline" or a fallback note. */
  basis: string;
  pipeline: SetScores;
  compromise: ActorScores | null;
}

export function fmt(r: Ratio | number | null | undefined): string {
  if (r === null || r === undefined) return '–';
  if (typeof r === 'number') return String(r);
  if (r.value === null) return `–  (0/0)`;
  return `${r.value.toFixed(2)} (${r.hit}/${r.total})`;
}

export function table(rows: (string | null)[][], header: string[]): string {
  const all = [header, ...rows.map((r) => r.map((c) => c ?? ''))];
  const w = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (c ?? '').padEnd(w[i])).join('  ').trimEnd();
  return [line(all[0]), w.map((n) => '-'.repeat(n)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function renderSet(r: SetReport, verbose = false): string {
  const p = r.pipeline, c = r.compromise;
  const a = p.actors;
  const out: string[] = [];
  out.push(`\n=== Set "${r.set}": ${p.articles} annotated articles (${r.dir}; sentences from ${r.basis}) ===\n`);
  out.push(
    table(
      [
        ['gold mentions / predicted', `${a.mentions.gold} / ${a.mentions.predicted}`, c ? `${c.mentions.gold} / ${c.mentions.predicted}` : '–'],
        ['mention precision (any actor)', fmt(a.mentions.precision), fmt(c?.mentions.precision)],
        ['mention recall (any actor)', fmt(a.mentions.recall), fmt(c?.mentions.recall)],
        ['mention precision (resolved to entity)', fmt(a.mentions.precision_resolved), fmt(c?.mentions.precision_resolved)],
        ['mention recall (resolved to entity)', fmt(a.mentions.recall_resolved), fmt(c?.mentions.recall_resolved)],
        ['entity precision (people+orgs)', fmt(a.entities.precision), fmt(c?.entities.precision)],
        ['entity recall (people+orgs)', fmt(a.entities.recall), fmt(c?.entities.recall)],
        ...['person', 'organization', 'place'].map((t) => [
          `  recall: ${t}`,
          fmt(a.entities.recall_by_type[t]),
          fmt(c?.entities.recall_by_type[t]),
        ]),
        ['cluster purity', fmt(a.purity), fmt(c?.purity)],
        ['split gold entities', String(a.split), c ? String(c.split) : '–'],
        ['falsely merged actors', String(a.merged), c ? String(c.merged) : '–'],
      ],
      ['ACTORS', 'dossier', 'compromise'],
    ),
  );
  out.push('');
  const q = p.quotes;
  out.push(
    table(
      [
        ['gold / predicted direct quotes', `${q.gold} / ${q.predicted}`],
        ['exact span precision', fmt(q.exact.precision)],
        ['exact span recall', fmt(q.exact.recall)],
        ['overlap (>=50% tokens) precision', fmt(q.overlap.precision)],
        ['overlap (>=50% tokens) recall', fmt(q.overlap.recall)],
        ['speaker accuracy (matched quotes)', fmt(q.speaker)],
        ['  named speakers', fmt(q.speaker_named)],
        ['  unnamed speakers', fmt(q.speaker_unnamed)],
      ],
      ['QUOTES', 'dossier'],
    ),
  );
  out.push('');
  const e = p.events, ea = p.events_per_article;
  out.push(
    table(
      [
        ['gold events / predicted', `${e.gold} / ${e.predicted}`, ea ? `${ea.gold} / ${ea.predicted}` : '–'],
        ['recall (evidence in sentence, compatible type)', fmt(e.recall), fmt(ea?.recall)],
        ['date exact (found events)', fmt(e.date_exact), fmt(ea?.date_exact)],
        ['date at annotated precision (found events)', fmt(e.date_at_precision), fmt(ea?.date_at_precision)],
        ['  of which dated gold events', fmt(e.dated_at_precision), fmt(ea?.dated_at_precision)],
      ],
      ['EVENTS', 'dossier accounts', 'per-article extraction'],
    ),
  );
  if (verbose) {
    if (a.split_ids.length) out.push(`\nsplit: ${a.split_ids.join(', ')}`);
    if (a.merged_names.length) out.push(`merged: ${a.merged_names.join('; ')}`);
    for (const m of q.misses) out.push(`missed quote  ${m.file}: ${m.text.slice(0, 80)}`);
    for (const m of e.misses) out.push(`missed event  ${m.file}: ${m.evidence.slice(0, 80)}`);
    for (const m of e.date_misses) out.push(`wrong date    ${m.file}: ${m.evidence.slice(0, 60)}  gold ${m.gold} got ${m.predicted}`);
  }
  return out.join('\n');
}

/** One line per article: where the misses are. */
export function renderPerFile(gold: GoldArticle[], pred: Prediction): string {
  const rows = gold.map((g) => {
    const s = scoreSet(g.set, [g], pred);
    return [
      g.file,
      fmt(s.actors.mentions.recall_resolved),
      fmt(s.actors.mentions.precision_resolved),
      fmt(s.quotes.overlap.recall),
      fmt(s.quotes.speaker),
      fmt(s.events.recall),
      fmt(s.events.date_at_precision),
    ];
  });
  return table(rows, ['PER FILE', 'mention R (resolved)', 'mention P (resolved)', 'quote R (overlap)', 'speaker', 'event R', 'date ok']);
}
