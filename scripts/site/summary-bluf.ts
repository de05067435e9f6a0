// The bottom line up front, as an intelligence brief opens: three to five sentences — the main confrontation
// (who faces what from whom), its latest turn, what the sources contest, what independent reports
// corroborate. Each clause links to what it rests on; no figures (they are in the tables).
import type { ClaimRecord, Dossier } from '../lib/types.ts';
import type { SiteAnchors } from './addresses.ts';
import { byDate, significance, type Act, type Happening, type Party } from './summary-acts.ts';
import { tell } from './summary-narrative.ts';
import { isClauseTitle } from './summary-clauses.ts';
import { inSentence, listOf, midSentence, presentVerb } from './prose.ts';
import { clause, dateText, startSentence, type Clause, type Evidence, type Segment, type SummarySentence } from './summary-text.ts';
import type { RelationKind } from '../lib/types.ts';
import { HOSTILITY } from './summary-acts.ts';
import { TextPool } from './text-pool.ts';

// What a kind of act is called as something one faces: one and several.
const ACT_NOUN: Record<string, [string, string]> = {
  accuses: ['an accusation', 'accusations'], threatens: ['a threat', 'threats'], demands: ['a demand', 'demands'], attacks: ['an attack', 'attacks'],
  arrests: ['an arrest', 'arrests'], sanctions: ['sanctions', 'sanctions'], condemns: ['condemnation', 'condemnation'],
};

interface Opponent {
  party: Party;
  units: Set<string>;
  weight: number;
  evidence: Evidence[];
}
interface Front {
  target: Party;
  weight: number;
  kinds: Map<RelationKind, Set<string>>;
  opponents: Map<string, Opponent>;
}

/** The targets of hostile acts, the most acted against first (distinct happenings weighted by how hostile). */
export function fronts(acts: Act[]): Front[] {
  const byTarget = new Map<string, Front & { units: Set<string> }>();
  for (const a of acts) {
    const f = byTarget.get(a.to.key) ?? { target: a.to, weight: 0, kinds: new Map(), opponents: new Map(), units: new Set<string>() };
    if (!f.units.has(`${a.unit}|${a.kind}`)) {
      f.units.add(`${a.unit}|${a.kind}`);
      f.weight += HOSTILITY[a.kind] ?? 1;
    }
    const k = f.kinds.get(a.kind) ?? new Set<string>();
    k.add(a.unit);
    f.kinds.set(a.kind, k);
    // a described member of a group ("fighters of X") is gathered under its group
    const from: Party = a.from.groupName ? { ...a.from, text: a.from.groupName, named: true } : a.from;
    const o = f.opponents.get(from.key) ?? { party: from, units: new Set<string>(), weight: 0, evidence: [] };
    if (!o.units.has(a.unit)) o.weight += HOSTILITY[a.kind] ?? 1;
    o.units.add(a.unit);
    for (const e of a.evidence) if (o.evidence.length < 3 && !o.evidence.some((x: Evidence) => x.href === e.href)) o.evidence.push(e);
    f.opponents.set(from.key, o);
    byTarget.set(a.to.key, f);
  }
  return [...byTarget.values()].sort((a, b) => b.weight - a.weight || (a.target.text < b.target.text ? -1 : 1));
}

/** A party in running text, linked to its page ("the " stays outside the link of "the United States"). */
function named(p: Party, lowerWords?: Set<string>): (string | Segment)[] {
  const text = p.named ? inSentence(p.text, p.type) : midSentence(p.text, lowerWords);
  const article = p.named && text !== p.text ? text.slice(0, text.length - p.text.length) : '';
  const name = text.slice(article.length);
  return [article, p.href ? { text: name, href: p.href } : name];
}

/** "X faces accusations and threats from A, B and C." — each opponent a clause with its evidence. */
function confrontation(front: Front, lead: string, lowerWords?: Set<string>): SummarySentence {
  const kinds = [...front.kinds].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
  const what = listOf(kinds.map(([k, units]) => ACT_NOUN[k]?.[units.size === 1 ? 0 : 1] ?? k));
  const opponents = [...front.opponents.values()].sort((a, b) => b.weight - a.weight || Number(b.party.named) - Number(a.party.named) || (a.party.text < b.party.text ? -1 : 1)).slice(0, 3);
  const clauses: Clause[] = opponents.map((o, i) => {
    const join = i === 0 ? '' : i === opponents.length - 1 ? ' and ' : ', ';
    const head: (string | Segment)[] = i === 0 ? [lead, ...named(front.target), ` ${presentVerb('face', front.target.number)} ${what} from `] : [join];
    return clause([...head, ...named(o.party, lowerWords)], o.evidence);
  });
  clauses.push({ parts: [{ text: '.' }], evidence: [] });
  return startSentence({ clauses });
}

/** The latest hostile happening(s), by date: "Most recently, on 27 December 2020, ...". */
function latestTurn(happenings: Happening[]): SummarySentence | null {
  const hostile = happenings.filter((h) => h.hostility > 0 && h.date && h.date.length >= 7 && (h.clause || h.phrase));
  if (!hostile.length) return null;
  const last = hostile.reduce((m, h) => (byDate(m.date, h.date) < 0 ? h : m)).date!;
  const latest = hostile.filter((h) => h.date === last).sort((a, b) => significance(b) - significance(a) || (a.key < b.key ? -1 : 1)).slice(0, 2);
  const told = tell(latest);
  if (!told.length) return null;
  const first = told[0];
  const p0 = first.clauses[0].parts[0];
  // "On 27 December 2020, X ..." -> "Most recently, on 27 December 2020, X ..."
  first.clauses[0] = { ...first.clauses[0], parts: [{ ...p0, text: `Most recently, ${p0.text.charAt(0).toLowerCase()}${p0.text.slice(1)}` }, ...first.clauses[0].parts.slice(1)] };
  return first;
}

/** What a discrepancy is about, without the value one side gives ("Release of thirteen within hours" -> "the release of thirteen"). */
function subjectOf(subject: string, values: string[]): string {
  let t = subject;
  for (const v of values) if (v.length > 3) t = t.replace(new RegExp(`\\s*\\b${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'), '');
  t = t.trim();
  if (isClauseTitle(t)) return `“${t}”`;
  return /^(?:the|a|an)\s/i.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : `the ${t.charAt(0).toLowerCase()}${t.slice(1)}`;
}

/** What the sources contest: the discrepancies, grouped by what they are about. */
function contested(dossier: Dossier, anchors: SiteAnchors): SummarySentence {
  const ds = dossier.discrepancies ?? [];
  if (!ds.length) {
    return { clauses: [clause(['No contradiction between the sources was found on the events they share'], [{ label: 'discrepancies', href: '/discrepancies/' }]), { parts: [{ text: '.' }], evidence: [] }] };
  }
  const bySubject = new Map<string, { questions: string[]; values: string[]; evidence: Evidence[] }>();
  for (const d of ds) {
    const m = /^([^:]+):\s*(.+)$/.exec(d.topic);
    const subject = m ? m[2] : d.topic;
    const question = m ? m[1].trim() : '';
    const g = bySubject.get(subject) ?? { questions: [], values: [], evidence: [] };
    if (question && !g.questions.includes(question)) g.questions.push(question);
    g.values.push(...d.sides.map((x) => x.value));
    g.evidence.push({ label: `disagreement: ${d.sides.map((x) => x.value).slice(0, 2).join(' / ') || d.topic}`, href: anchors.discrepancyHref(d.id) });
    bySubject.set(subject, g);
  }
  const clauses: Clause[] = [...bySubject].slice(0, 2).map(([subject, g], i) => {
    const qs = g.questions.map((q) => q.charAt(0).toLowerCase() + q.slice(1)).map((q) => q.replace(/^(number|date) of$/, 'the $1'));
    const what = subjectOf(subject, g.values);
    return clause([i === 0 ? 'The sources disagree on ' : '; and on ', what, qs.length ? `: ${listOf(qs)}` : ''], g.evidence.slice(0, 3));
  });
  clauses.push({ parts: [{ text: '.' }], evidence: [] });
  return { clauses };
}

/** What independent reports corroborate: the most widely reported events and claims. */
function corroborated(happenings: Happening[], dossier: Dossier, claimClauses: Map<string, string>, anchors: SiteAnchors): SummarySentence {
  const items: { text: string; evidence: Evidence[]; reports: number; weight: number }[] = [];
  for (const h of happenings) {
    if (h.reports < 2 || !h.key.startsWith('e:') || !(h.clause || h.phrase)) continue;
    const date = h.date ? ` (${dateText(h.date)})` : '';
    items.push({ text: `${h.phrase ?? h.clause}${date}`, evidence: h.evidence, reports: h.reports, weight: significance(h) });
  }
  const clusters = new Map<string, ClaimRecord[]>();
  for (const c of dossier.claims ?? []) {
    if (c.independent_reports <= 1) continue;
    const cs = clusters.get(c.cluster);
    if (cs) cs.push(c);
    else clusters.set(c.cluster, [c]);
  }
  const told = new TextPool(items.map((i) => i.text));
  for (const [cluster, cs] of clusters) {
    const c = cs.find((x) => claimClauses.has(x.id));
    if (!c || told.contains(c.text)) continue;
    items.push({ text: claimClauses.get(c.id)!, evidence: [{ label: 'claim and its versions', href: anchors.clusterHref(cluster) }], reports: c.independent_reports, weight: (HOSTILITY[c.kind] ?? 0) + 0.5 });
    told.add(claimClauses.get(c.id)!);
  }
  const top = items.sort((a, b) => b.reports - a.reports || b.weight - a.weight || (a.text < b.text ? -1 : 1)).slice(0, 3);
  if (!top.length) {
    return { clauses: [clause(['Nothing the sources report is corroborated by a second independent report: every statement rests on one report'], [{ label: 'claims', href: '/claims/' }]), { parts: [{ text: '.' }], evidence: [] }] };
  }
  const clauses: Clause[] = top.map((t, i) => clause([i === 0 ? 'Corroborated by more than one independent report: ' : '; ', t.text.replace(/[.;]+$/, '')], t.evidence));
  clauses.push({ parts: [{ text: '.' }], evidence: [] });
  return { clauses };
}

export interface BlufInput {
  dossier: Dossier;
  acts: Act[];
  happenings: Happening[];
  claimClauses: Map<string, string>;
  anchors: SiteAnchors;
  lowerWords?: Set<string>;
}

/** Three to five sentences: the main confrontation (and a second one when it is as sharp), the latest turn, what is contested, what is corroborated. */
export function bottomLine(input: BlufInput): SummarySentence[] {
  const out: SummarySentence[] = [];
  const fs = fronts(input.acts);
  if (fs[0]) out.push(confrontation(fs[0], 'The main confrontation: ', input.lowerWords));
  const second = fs.slice(1).find((f) => f.weight >= 0.5 * fs[0].weight && !fs[0].opponents.has(f.target.key) && f.target.key !== fs[0].target.key);
  if (second) out.push(confrontation(second, 'Beside it, ', input.lowerWords));
  const latest = latestTurn(input.happenings);
  if (latest) out.push(latest);
  if (input.dossier.sources?.length) {
    out.push(contested(input.dossier, input.anchors));
    out.push(corroborated(input.happenings, input.dossier, input.claimClauses, input.anchors));
  }
  return out.slice(0, 5);
}
