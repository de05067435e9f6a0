// Events on a devset-format set.
// Found by date, as score-devset.py's score_events: a gold event is found when an event citing its
// source carries a date that starts with the gold date (the gold precision: day, month or year); counted
// per basis, the headline over written + publication + relative (basis outside, or `inferred`, apart).
// Found by sentence (event-match.ts), then "date right at the annotated precision" among those: the
// per-article extraction's events (when the pipeline ran in process) and the dossier's accounts.
// Page dates: an account dated only from a date the metadata stage rejected as the publication date
// (`page_date`), or, where the set knows the real date (articles.yml `published_true` in another month
// than the stated `published`), from that stated page date: both are flagged.

import { BASES, type DevEvent, type DevSet } from './devset-gold.ts';
import type { DossierView, ViewSource } from './dossier-view.ts';
import { matchEvent, type SentenceEvent } from './event-match.ts';
import { dateAtPrecision, ratio, type Ratio } from './score.ts';

export interface EventMiss {
  file: string;
  date: string;
  basis: string;
  what: string;
  /** For a date miss: the dates of the events found by sentence. */
  predicted?: (string | null)[];
}
export interface ByText {
  found: Ratio;
  date_right: Ratio;
  misses: EventMiss[];
  date_misses: EventMiss[];
}
export interface PageDated {
  file: string;
  date: string;
  date_text: string | null;
  sentence: string;
  why: string;
}
export interface EventFamily {
  /** Per basis ("written", ..., "outside"; "unstated" for annotations without one). */
  by_basis: Record<string, Ratio>;
  /** written + publication + relative (or all, when the set records no basis), not inferred. */
  supported: Ratio;
  outside: Ratio;
  misses: EventMiss[];
  by_text_extraction: ByText | null;
  by_text_dossier: ByText;
  page_dated: PageDated[];
}

const isOutside = (e: DevEvent) => e.inferred || e.basis === 'outside';
const basisName = (e: DevEvent) => (e.inferred ? 'outside' : (e.basis ?? 'unstated'));

function byText(g: DevSet, d: DossierView, candidates: (s: ViewSource) => SentenceEvent[]): ByText {
  const src = new Map(d.sources.map((s) => [s.file, s]));
  let n = 0, found = 0, right = 0;
  const misses: EventMiss[] = [], date_misses: EventMiss[] = [];
  for (const art of g.articles) {
    const s = src.get(art.file);
    const cands = s ? candidates(s) : [];
    for (const ge of art.events) {
      if (isOutside(ge)) continue;
      n++;
      const hits = matchEvent(ge, cands);
      const miss = { file: art.file, date: ge.date, basis: basisName(ge), what: ge.what };
      if (!hits.length) {
        misses.push(miss);
        continue;
      }
      found++;
      if (hits.some((h) => dateAtPrecision(h.date, ge.date))) right++;
      else date_misses.push({ ...miss, predicted: hits.map((h) => h.date) });
    }
  }
  return { found: ratio(found, n), date_right: ratio(right, found), misses, date_misses };
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const daysBetween = (a: string, b: string) => (Date.parse(b.padEnd(10, '-01').slice(0, 10)) - Date.parse(a.padEnd(10, '-01').slice(0, 10))) / 864e5;

/** Accounts dated from a page date, not from the text. */
function pageDated(g: DevSet, d: DossierView): PageDated[] {
  const gold = new Map(g.articles.map((a) => [a.file, a]));
  const out: PageDated[] = [];
  for (const s of d.sources) {
    const ga = gold.get(s.file);
    if (!ga) continue;
    const suspects: { date: string; why: string }[] = [];
    if (s.page_date && s.page_date !== s.published) suspects.push({ date: s.page_date, why: `page date ${s.page_date} (rejected by the metadata stage)` });
    const stated = ga.published, truth = ga.published_true;
    if (stated && truth && stated.slice(0, 7) !== truth.slice(0, 7) && s.published === stated)
      suspects.push({ date: stated, why: `stated date ${stated} is a page date (the story is of ${truth})` });
    if (!suspects.length) continue;
    for (const e of d.events)
      for (const a of e.accounts ?? []) {
        if (a.source !== s.id || !a.date) continue;
        // a date the sentence writes with its year is read from the text, whatever the page says
        if (a.date_text && YEAR.test(a.date_text) && a.date_text.includes(a.date.slice(0, 4))) continue;
        for (const p of suspects) {
          const gap = daysBetween(a.date, p.date);
          if (a.date.slice(0, 4) === p.date.slice(0, 4) && gap >= -1 && gap <= 366) {
            out.push({ file: s.file, date: a.date, date_text: a.date_text ?? null, sentence: a.sentence, why: p.why });
            break;
          }
        }
      }
  }
  return out;
}

export function scoreEventFamily(d: DossierView, g: DevSet): EventFamily {
  const src = new Map(d.sources.map((s) => [s.file, s]));
  const counts: Record<string, { hit: number; total: number }> = {};
  const misses: EventMiss[] = [];
  let sup = 0, supAll = 0, out = 0, outAll = 0;
  for (const art of g.articles) {
    const s = src.get(art.file);
    const mine = s ? d.events.filter((e) => e.sources.includes(s.id)) : [];
    for (const ge of art.events) {
      const got = mine.some((e) => String(e.date ?? '').startsWith(ge.date));
      const c = (counts[basisName(ge)] ??= { hit: 0, total: 0 });
      c.total++;
      if (got) c.hit++;
      if (isOutside(ge)) {
        outAll++;
        if (got) out++;
      } else {
        supAll++;
        if (got) sup++;
        else misses.push({ file: art.file, date: ge.date, basis: basisName(ge), what: ge.what });
      }
    }
  }
  const by_basis: Record<string, Ratio> = {};
  for (const b of [...BASES, 'unstated']) if (counts[b]) by_basis[b] = ratio(counts[b].hit, counts[b].total);
  const accountsOf = (s: ViewSource): SentenceEvent[] =>
    d.events.flatMap((e) => (e.accounts ?? []).filter((a) => a.source === s.id).map((a) => ({ sentence: a.sentence, date: a.date })));
  return {
    by_basis,
    supported: ratio(sup, supAll),
    outside: ratio(out, outAll),
    misses,
    by_text_extraction: d.extracted ? byText(g, d, (s) => d.extracted!.get(s.id) ?? []) : null,
    by_text_dossier: byText(g, d, accountsOf),
    page_dated: pageDated(g, d),
  };
}

/** Miss lines in score-devset.py's wording, then the date misses and page-dated accounts. */
export function eventLines(f: EventFamily): string[] {
  const lines = f.misses.map((m) => `${m.file.slice(0, 2)} missing ${m.date}: ${m.what.slice(0, 90)}`);
  const t = f.by_text_extraction ?? f.by_text_dossier;
  for (const m of t.misses) lines.push(`${m.file.slice(0, 2)} no event in a sentence telling of (${m.basis} ${m.date}): ${m.what.slice(0, 80)}`);
  for (const m of t.date_misses)
    lines.push(`${m.file.slice(0, 2)} wrong date (${m.basis} ${m.date}, got ${m.predicted!.map((x) => x ?? 'undated').join('/')}): ${m.what.slice(0, 70)}`);
  for (const p of f.page_dated) lines.push(`${p.file.slice(0, 2)} dated from a page date: ${p.date} ("${p.date_text ?? ''}"), ${p.why}: ${p.sentence.slice(0, 70)}`);
  return lines;
}
