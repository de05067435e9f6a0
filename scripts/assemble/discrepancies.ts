// Where independent reports disagree about the same thing: a number, a date, how long something took,
// or how it ended. Comparisons run only inside one event cluster (and inside one claim cluster), so
// the work is linear in the corpus. Only sources with different report ids can disagree: two outlets
// running one wire story are one report.
import { clusterEventsDetailed, clusterMembers, type EventCluster, type EventInput } from './event-clusters.ts';
import { SlugAllocator } from '../lib/slug.ts';
import type { ClaimRecord, DiscrepancyRecord, EventRecord } from '../lib/types.ts';

interface Account {
  input: EventInput;
  report: string;
  actors: string[];
}
type Side = DiscrepancyRecord['sides'][number];

const NUM: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, few: 3, several: 3,
};
const UNIT_HOURS: Record<string, number> = { minute: 1 / 60, hour: 1, day: 24, week: 168, month: 720, year: 8760 };

/** "within hours" -> hours scale; "after three days" -> 72 h. Returns [label, hours] for each duration phrase. */
export function durations(text: string): { label: string; hours: number }[] {
  const out: { label: string; hours: number }[] = [];
  const re = /\b(within|after|for|in|over|about|nearly|almost|some)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\d+)\s+)?(minute|hour|day|week|month|year)s?\b(?!\s+(?:ago|later|earlier))/gi;
  for (const m of text.matchAll(re)) {
    const nm = /\s((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\d+))\s/i.exec(m[0]);
    const n = nm ? (/^\d+$/.test(nm[1]) ? +nm[1] : NUM[nm[1].toLowerCase()] ?? 1) : 1;
    out.push({ label: m[0], hours: n * UNIT_HOURS[m[2].toLowerCase()] });
  }
  return out;
}

// Outcomes that exclude each other: everyone set free vs someone still held; died vs survived.
const OUTCOMES: { topic: string; a: { label: string; re: RegExp }; b: { label: string; re: RegExp } }[] = [
  {
    topic: 'whether all detainees were freed',
    a: { label: 'all freed', re: /\b(?:the\s+last|the\s+remaining|the\s+rest|all(?:\s+of\s+them)?)\b[^.;]{0,40}\b(?:released|let\s+go|freed|set\s+free)\b/i },
    b: { label: 'one or more still held', re: /\b(?:still|remains?|remained)\s+(?:in\s+(?:detention|custody|prison|jail)|detained|held|behind\s+bars|imprisoned)\b/i },
  },
  {
    topic: 'whether the victims survived',
    a: { label: 'killed', re: /\b(?:killed|died|dead|slain)\b/i },
    b: { label: 'survived', re: /\b(?:survived|unharmed|escaped\s+unhurt|only\s+wounded|no\s+casualties)\b/i },
  },
];

function side(value: string, accs: Account[], claimsBySentence: Map<string, string[]>): Side {
  const sources = [...new Set(accs.map((a) => a.input.sourceId))].sort();
  const sentences = [...new Map(accs.map((a) => [`${a.input.sourceId}|${a.input.event.sentence}`, { source: a.input.sourceId, sentence_n: a.input.event.sentence }])).values()].sort(
    (x, y) => x.source.localeCompare(y.source) || x.sentence_n - y.sentence_n,
  );
  const claims = [...new Set(sentences.flatMap((s) => claimsBySentence.get(`${s.source}|${s.sentence_n}`) ?? []))].sort();
  return { value, sources, claims, sentences };
}

/** Sides whose reports differ; null when every side comes from the same report(s) or only one side. */
function disagreement(groups: Map<string, Account[]>): Map<string, Account[]> | null {
  if (groups.size < 2) return null;
  const reports = [...groups.values()].map((g) => new Set(g.map((a) => a.report)));
  // at least two sides must have a report the other does not share
  for (let i = 0; i < reports.length; i++)
    for (let j = i + 1; j < reports.length; j++) if ([...reports[i]].some((r) => !reports[j].has(r)) && [...reports[j]].some((r) => !reports[i].has(r))) return groups;
  return null;
}

/** Disagreements between independent reports; sorted and with stable ids. */
/** Appends to a map of lists in place (copying the list on every append was quadratic in its length). */
function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/**
 * `clustered`: clusterEventsDetailed's result for `eventInputs` with its report map, when the caller has
 * it (assemble.ts); used only when that map is the one this stage would cluster with, as the result then
 * equals clustering again.
 */
export function findDiscrepancies(
  events: EventRecord[],
  eventInputs: EventInput[],
  claims: ClaimRecord[],
  reportOf?: Map<string, string>,
  clustered?: { clusters: EventCluster[]; reportOf: Map<string, string> },
): DiscrepancyRecord[] {
  // Report ids: given, or remembered from clusterEvents.
  let reports = reportOf;
  if (!reports) for (const e of events ?? []) reports ??= clusterMembers(e)?.reportOf;
  const report = (s: string) => reports?.get(s) ?? s;
  const claimsBySentence = new Map<string, string[]>();
  for (const c of claims ?? []) {
    const k = `${c.source}|${c.sentence_n}`;
    pushTo(claimsBySentence, k, c.id);
  }
  const out: Omit<DiscrepancyRecord, 'id'>[] = [];
  const clusters = clustered && reports === clustered.reportOf ? clustered.clusters : clusterEventsDetailed(eventInputs ?? [], reports ?? new Map());
  for (const cl of clusters) {
    const accs: Account[] = cl.items.map((input) => ({ input, report: report(input.sourceId), actors: [...new Set([...input.agentActors, ...input.patientActors])] }));
    if (new Set(accs.map((a) => a.report)).size < 2) continue;
    const name = cl.record?.title ?? accs[0].input.event.title;
    const actors = [...new Set(accs.flatMap((a) => a.actors))].sort();
    const emit = (topic: string, groups: Map<string, Account[]> | null) => {
      if (!groups) return;
      const sides = [...groups.entries()].map(([v, g]) => side(v, g, claimsBySentence)).sort((a, b) => a.value.localeCompare(b.value));
      out.push({
        topic,
        claims: [...new Set(sides.flatMap((s) => s.claims))].sort(),
        sources: [...new Set(sides.flatMap((s) => s.sources))].sort(),
        sides,
        actors,
      });
    };
    // 1. stated dates that cannot both be right
    const dated = accs.filter((a) => a.input.event.date && !a.input.event.date_inferred);
    if (dated.length > 1) {
      const groups = new Map<string, Account[]>();
      for (const a of dated) pushTo(groups, a.input.event.date!, a);
      const ds = [...groups.keys()];
      const clash = ds.some((x) => ds.some((y) => !x.startsWith(y) && !y.startsWith(x)));
      if (clash) emit(`Date of: ${name}`, disagreement(groups));
    }
    // 2. durations on different scales ("within hours" vs "after three days")
    const dur = new Map<string, Account[]>();
    let lo = Infinity, hi = 0;
    for (const a of accs) {
      const d = durations(a.input.sentenceText)[0];
      if (!d) continue;
      lo = Math.min(lo, d.hours);
      hi = Math.max(hi, d.hours);
      pushTo(dur, d.label, a);
    }
    if (dur.size > 1 && hi >= 2 * lo && hi - lo >= 12) emit(`How long it took: ${name}`, disagreement(dur));
    // 3. outcomes that exclude each other
    for (const o of OUTCOMES) {
      const g = new Map<string, Account[]>();
      for (const a of accs) {
        const t = a.input.sentenceText;
        const isA = o.a.re.test(t), isB = o.b.re.test(t);
        if (isA === isB) continue;
        const k = isA ? o.a.label : o.b.label;
        pushTo(g, k, a);
      }
      emit(`${o.topic.charAt(0).toUpperCase()}${o.topic.slice(1)}: ${name}`, disagreement(g));
    }
    // 4. the same counted thing with different numbers ("14 members" vs "15 members")
    const byWhat = new Map<string, Map<string, Account[]>>();
    for (const a of accs)
      for (const q of a.input.event.quantities ?? []) {
        const w = q.what.replace(/s$/, '');
        const m = byWhat.get(w) ?? new Map<string, Account[]>();
        const k = String(q.value);
        if (!(m.get(k) ?? []).includes(a)) pushTo(m, k, a);
        byWhat.set(w, m);
      }
    for (const [w, m] of byWhat) emit(`Number of ${w}s: ${name}`, disagreement(m));
  }
  // 5. claims of one cluster with conflicting numbers
  const byCluster = new Map<string, ClaimRecord[]>();
  for (const c of claims ?? []) pushTo(byCluster, c.cluster, c);
  for (const [, cs] of byCluster) {
    if (new Set(cs.map((c) => report(c.source))).size < 2) continue;
    const nums = new Map<string, ClaimRecord[]>();
    for (const c of cs) {
      const n = (c.text.match(/\b\d[\d,.]*\b/g) ?? []).filter((x) => !/^(?:1[89]|20)\d\d$/.test(x)).join(',');
      if (n) pushTo(nums, n, c);
    }
    if (nums.size < 2) continue;
    const reps = [...nums.values()].map((g) => new Set(g.map((c) => report(c.source))));
    if (!reps.some((r, i) => reps.some((q, j) => j !== i && [...r].some((x) => !q.has(x))))) continue;
    const sides: Side[] = [...nums.entries()].map(([v, g]) => ({
      value: v,
      sources: [...new Set(g.map((c) => c.source))].sort(),
      claims: g.map((c) => c.id).sort(),
      sentences: g.map((c) => ({ source: c.source, sentence_n: c.sentence_n })),
    }));
    out.push({
      topic: `Numbers in: ${cs[0].text.slice(0, 60)}`,
      claims: sides.flatMap((s) => s.claims).sort(),
      sources: [...new Set(sides.flatMap((s) => s.sources))].sort(),
      sides,
      actors: [...new Set(cs.flatMap((c) => [c.speaker, ...c.targets]).filter((x): x is string => !!x))].sort(),
    });
  }
  out.sort((a, b) => a.topic.localeCompare(b.topic) || a.sources.join().localeCompare(b.sources.join()));
  const slugs = new SlugAllocator();
  return out.map((d) => ({ id: slugs.take(d.topic, 'discrepancy'), ...d }));
}
