// Tables of the family figures (the dossier next to the compromise baseline), the four headline lines
// in score-devset.py's own wording (to compare with its output line by line), and the --verbose lists.

import type { DevSet } from './devset-gold.ts';
import type { FamilyScores } from './devset-score.ts';
import type { FailureFamily } from './failures.ts';
import { fmt, table } from './report.ts';
import type { Ratio } from './score.ts';

const f3 = (x: number) => x.toFixed(3);
const frac = (r: Ratio) => `${r.hit}/${r.total}`;

/** score-devset.py's closing lines, from our figures. */
export function headlines(s: FamilyScores): string[] {
  const a = s.actors;
  const out = [
    `actors F1 ${f3(a.f1)} (recall ${f3(a.recall.value ?? 0)}, precision ${f3(a.precision.value ?? 0)}), ${a.split.length} split, ${a.false_merges.length} false merges`,
  ];
  if (s.quotes) out.push(`quotes found ${frac(s.quotes.all.found)}, speaker right ${frac(s.quotes.all.speaker)}`);
  if (s.events) out.push(`events whose date the text supports found ${frac(s.events.supported)}; needing outside knowledge ${frac(s.events.outside)}`);
  const r = s.relations;
  if (r)
    out.push(
      `who-against-whom F1 ${f3(r.f1)} (precision ${f3(r.precision)} ${r.tp}/${r.tp + r.fp}, recall ${f3(r.recall)}, ${r.fn} missed), ` +
        `${r.flagrant} flagrant, kind right ${r.kind_right}/${r.tp}`,
    );
  return out;
}

function actorRows(p: FamilyScores, c: FamilyScores | null): string[][] {
  const perArticle = (s: FamilyScores) => {
    const v = s.actors.per_article.filter((x) => x.f1 !== null);
    if (!v.length) return '–';
    const low = v.reduce((m, x) => (x.f1! < m.f1! ? x : m));
    return `${(v.reduce((n, x) => n + x.f1!, 0) / v.length).toFixed(2)} / ${low.f1!.toFixed(2)} (${low.file.slice(0, 12)})`;
  };
  const both = (fn: (s: FamilyScores) => string) => [fn(p), c ? fn(c) : '–'];
  return [
    ['actor F1, people+orgs (micro)', ...both((s) => f3(s.actors.f1))],
    ['  recall', ...both((s) => fmt(s.actors.recall))],
    ['  precision', ...both((s) => fmt(s.actors.precision))],
    ['  F1 per article: mean / lowest', ...both(perArticle)],
    ['entities split across articles', ...both((s) => String(s.actors.split.length))],
    ['false merges', ...both((s) => String(s.actors.false_merges.length))],
    ['names carrying a title (of names)', ...both((s) => `${s.actors.titled.length} (of ${s.actors.names})`)],
    ['type agreement (annotated actors found)', ...both((s) => fmt(s.actors.type_agreement))],
  ];
}

function otherRows(s: FamilyScores, g: DevSet): string[][] {
  const rows: string[][] = [];
  if (s.published) rows.push(['publication date found / right', `${fmt(s.published.found)} / ${fmt(s.published.right)}`], ['  dated although the text states none', String(s.published.invented.length)]);
  if (s.quotes) {
    const q = s.quotes;
    rows.push(
      ['QUOTES: found / speaker right (all)', `${fmt(q.all.found)} / ${fmt(q.all.speaker)}`],
      ['  not fragments', `${fmt(q.full.found)} / ${fmt(q.full.speaker)}`],
      ['  fragments', `${fmt(q.fragments.found)} / ${fmt(q.fragments.speaker)}`],
    );
    if (g.covers.reported) rows.push(['reported speech: found / speaker right', `${fmt(q.reported.found)} / ${fmt(q.reported.speaker)}`]);
  }
  const r = s.relations;
  if (r)
    rows.push(
      [`RELATIONS (read from ${r.read_from}): F1`, `${f3(r.f1)} (precision ${f3(r.precision)} ${r.tp}/${r.tp + r.fp}, recall ${f3(r.recall)})`],
      ['  missed / flagrant / kind right', `${r.fn} / ${r.flagrant} / ${r.kind_right}/${r.tp}`],
    );
  const e = s.events;
  if (e) {
    rows.push([g.covers.basis ? 'EVENTS found at their date: written+publication+relative' : 'EVENTS found at their date', fmt(e.supported)]);
    for (const [b, v] of Object.entries(e.by_basis)) rows.push([`  basis ${b}`, fmt(v)]);
    const t = (name: string, v: typeof e.by_text_dossier | null) =>
      v && rows.push([`found by sentence (${name}) / date right`, `${fmt(v.found)} / ${fmt(v.date_right)}`]);
    t('per-article extraction', e.by_text_extraction);
    t('dossier accounts', e.by_text_dossier);
    rows.push(['events dated from a page date', String(e.page_dated.length)]);
  }
  return rows;
}

export function renderFamilies(title: string, g: DevSet, p: FamilyScores, c: FamilyScores | null): string {
  const out = [`\n${title}\n`, table(actorRows(p, c), ['ACTORS (families)', 'dossier', 'compromise'])];
  const rows = otherRows(p, g);
  if (rows.length) out.push('', table(rows, ['CLAIMS, RELATIONS, EVENTS, DATES', 'dossier']));
  return out.join('\n');
}

function failureBlock(name: string, list: FailureFamily[]): string[] {
  if (!list.length) return [];
  return [`  ${name}:`, ...list.map((f) => `    ${String(f.count).padStart(3)}  ${f.family}: ${f.examples.join('; ')}${f.count > f.examples.length ? '; …' : ''}`)];
}

/** --verbose: the miss lines per family, then the failure families. */
export function renderMisses(s: FamilyScores): string {
  const out: string[] = [];
  for (const [family, lines] of Object.entries(s.lines)) {
    if (!lines.length) continue;
    out.push(`--- ${family}`, ...lines);
  }
  const t = s.actors.titled;
  if (t.length) out.push('--- names carrying a title', ...t.map((x) => `${x.file.slice(0, 2)} ${x.name}: ${x.why}`));
  out.push('--- failure families (count, family: examples)');
  for (const [family, list] of Object.entries(s.failures)) out.push(...failureBlock(family, list));
  return out.join('\n');
}
