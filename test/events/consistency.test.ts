// The cross-source date check (scripts/assemble/date-consistency.ts): range arithmetic, the past-tense test, the
// check on hand-made clusters, a hand-written fixture pair (test/events/fixtures/date-consistency, in
// four variants) and the five bundled articles through the real pipeline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateRange, resolveDates, resolveDatesInRange } from '../../scripts/language/dates.ts';
import { checkDateConsistency, degradedReference, reconcileEventDates, reportsAsPast, type ConsistencySource } from '../../scripts/assemble/date-consistency.ts';
import { clusterEvents, clusterEventsDetailed, eventRecords, type EventInput } from '../../scripts/assemble/event-clusters.ts';
import { extractCorpus, projectRoot, type CorpusResult } from '../../scripts/pipeline.ts';
import type { ArticleEvent, Dossier } from '../../scripts/lib/types.ts';

const inRange = (s: string, from: string, to: string) => resolveDatesInRange(s, { from, to }).map((d) => [d.text, d.date, d.from, d.to]);

describe('date ranges', () => {
  it('every resolved date carries the days it stands for', () => {
    const [sunday] = resolveDates('the brigade announced on Sunday that', '2020-12-28');
    expect([sunday.date, sunday.from, sunday.to]).toEqual(['2020-12-27', '2020-12-27', '2020-12-27']);
    const [week] = resolveDates('he was in the capital last week', '2020-12-31');
    expect([week.date, week.from, week.to]).toEqual(['2020-12', '2020-12-21', '2020-12-27']);
    const [month] = resolveDates('They were killed in January 2020.', null);
    expect([month.from, month.to]).toEqual(['2020-01-01', '2020-01-31']);
    const [leap] = resolveDates('the vote in February 2024', null);
    expect(leap.to).toBe('2024-02-29');
  });
  it('does not take a count after a written month for its year', () => {
    // "late November, 32 days after": not the year 2032
    expect(resolveDates('was freed in late November, 32 days after being seized', '2021-03-15').map((d) => [d.text, d.date])).toEqual([['November', '2020-11']]);
    expect(resolveDates('was freed on 28 November, 32 days after being seized', '2021-03-15').map((d) => [d.text, d.date])).toEqual([['on 28 November', '2020-11-28']]);
    expect(resolveDates('freed on November 28, 2020, officials said', null).map((d) => d.date)).toEqual(['2020-11-28']);
  });
  it('dateRange and addDays', () => {
    expect(dateRange('2020-12')).toEqual({ from: '2020-12-01', to: '2020-12-31' });
    expect(dateRange('2021')).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(dateRange('2021-02-29')).toBeNull();
    expect(dateRange('garbage')).toBeNull();
    expect(addDays('2020-12-20', -14)).toBe('2020-12-06');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('nope', 1)).toBeNull();
  });
  it('reads relative expressions against a reference range as the union over its days', () => {
    // Fridays on or before 20..31 December 2020: the 18th to the 25th -> December, not a day
    expect(inRange('deploying forces on Friday night', '2020-12-20', '2020-12-31')).toEqual([['on Friday night', '2020-12', '2020-12-18', '2020-12-25']]);
    expect(inRange('arrested earlier this week', '2020-12-20', '2020-12-31')).toEqual([['earlier this week', '2020-12', '2020-12-14', '2020-12-31']]);
    // a range of one day is that day
    expect(inRange('tweeted on Sunday', '2020-12-20', '2020-12-20')).toEqual([['on Sunday', '2020-12-20', '2020-12-20', '2020-12-20']]);
    // a union that crosses a month only gives the year; one that crosses a year gives nothing
    expect(inRange('he left on Friday', '2020-11-28', '2020-12-31')).toEqual([['on Friday', '2020', '2020-11-27', '2020-12-25']]);
    expect(inRange('he left on Friday', '2020-12-30', '2021-01-10')).toEqual([]);
    // absolute dates do not depend on the reference
    expect(inRange('the strike on January 3, 2020 killed him', '2020-12-20', '2020-12-31')).toEqual([['January 3, 2020', '2020-01-03', '2020-01-03', '2020-01-03']]);
    // no reference: only what carries its own year
    expect(resolveDatesInRange('on Friday, after the strike of January 3, 2020', null).map((d) => d.text)).toEqual(['January 3, 2020']);
  });
  it('degrades a contradicted reference to the coarsest stated unit still possible', () => {
    expect(degradedReference('2020-12-02', '2020-12-20')).toEqual({ from: '2020-12-20', to: '2020-12-31' });
    expect(degradedReference('2020-03-02', '2020-06-11')).toEqual({ from: '2020-06-11', to: '2020-12-31' });
    expect(degradedReference('2019-11-02', '2020-01-05')).toBeNull();
  });
});

describe('reportsAsPast', () => {
  it('tells what happened from what is to come or might be', () => {
    expect(reportsAsPast('Police arrested the suspect on Friday in connection with the attack.')).toBe(true);
    expect(reportsAsPast('The ministers will meet on Thursday to discuss the attack.')).toBe(false);
    expect(reportsAsPast('The two leaders are expected to meet in Oslo.')).toBe(false);
    expect(reportsAsPast('The union plans to strike again next month.')).toBe(false);
    expect(reportsAsPast('Officials agreed to meet the families after the fire.')).toBe(false);
    expect(reportsAsPast('Such an attack may happen again.')).toBe(false);
    // a quotation's future is not the report's; a month named May is not the modal
    expect(reportsAsPast('“We will rebuild,” the mayor said after the fire.')).toBe(true);
    expect(reportsAsPast('He took office in May after the election.')).toBe(true);
    expect(reportsAsPast('')).toBe(false);
  });
  it('with a type, needs that kind of happening reported in the outlet\'s own words', () => {
    expect(reportsAsPast('Police arrested the suspect on Friday.', 'arrest')).toBe(true);
    expect(reportsAsPast('Rebels carried out a rocket attack on the base.', 'strike')).toBe(true); // same family
    expect(reportsAsPast('Police arrested the suspect on Friday.', 'attack')).toBe(false);
    // only inside a quotation: the speaker's words, not the report's
    expect(reportsAsPast('“This is a step towards the release of detained fighters,” the mayor said.', 'arrest')).toBe(false);
  });
});

// Hand-made accounts: a source S claims publication on 2 March; another report dates the same fire 21 March.
function ev(type: ArticleEvent['type'], sentence: number, date: string | null, extra: Partial<ArticleEvent> = {}): ArticleEvent {
  return { type, title: type, date, precision: date ? (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') : null, date_text: date ? 'x' : null, agents: [], patients: [], places: [], sentence, ...extra };
}
function input(sourceId: string, e: ArticleEvent, sentenceText: string, patients = ['depot']): EventInput {
  return { sourceId, event: e, agentActors: [], patientActors: patients, placeActors: ['town'], sentenceText };
}
const SRC: ConsistencySource[] = [
  { id: 'a', file: 'a.txt', published: '2023-03-28', report: 'ra' },
  { id: 's', file: 's.txt', published: '2023-03-02', report: 'rs' },
  { id: 'copy', file: 'copy.txt', published: '2023-03-25', report: 'rs' },
];
const reportOf = new Map(SRC.map((s) => [s.id, s.report]));
const stated = (from: string) => ({ date: from, date_text: 'on March 21', date_from: from, date_to: from });

describe('checkDateConsistency', () => {
  const fire = input('a', ev('attack', 1, '2023-03-21', stated('2023-03-21')), 'Arsonists set fire to the depot on March 21.');
  it('flags a source that reports as past what an independent report dates after its publication', () => {
    const past = input('s', ev('attack', 4, null), 'Police are investigating the arson attack on the depot.');
    const r = checkDateConsistency(clusterEventsDetailed([fire, past], reportOf), SRC);
    expect([...r.references.keys()]).toEqual(['s']);
    expect(r.references.get('s')!.range).toEqual({ from: '2023-03-21', to: '2023-03-31' });
    expect(r.warnings).toEqual([{ file: 's.txt', message: 'published date 2023-03-02 conflicts with events it reports as past (dated from 2023-03-21 by other sources); its relative dates are read as March 2023' }]);
  });
  it('ignores future mentions, copies of the same report, inferred dates and a one-day time-zone gap', () => {
    const future = input('s', ev('attack', 4, null), 'Inspectors will examine the depot after the arson attack.');
    expect(checkDateConsistency(clusterEventsDetailed([fire, future], reportOf), SRC).references.size).toBe(0);
    // a copy of S's own report dating it later is not independent evidence
    const byCopy = input('copy', ev('attack', 1, '2023-03-21', stated('2023-03-21')), 'Arsonists set fire to the depot on March 21.');
    const past = input('s', ev('attack', 4, null), 'Police are investigating the arson attack on the depot.');
    expect(checkDateConsistency(clusterEventsDetailed([byCopy, past], reportOf), SRC).references.size).toBe(0);
    const inferred = input('a', ev('attack', 1, '2023-03', { date_inferred: true, date_from: '2023-03-14', date_to: '2023-03-28' }), 'The depot has recently been attacked.');
    expect(checkDateConsistency(clusterEventsDetailed([inferred, past], reportOf), SRC).references.size).toBe(0);
    const nextDay = input('a', ev('attack', 1, '2023-03-03', stated('2023-03-03')), 'Arsonists set fire to the depot on March 3.');
    expect(checkDateConsistency(clusterEventsDetailed([nextDay, past], reportOf), SRC).references.size).toBe(0);
    // a passing mention sharing one name with the dated account is not the same happening
    const passing = { ...input('s', ev('attack', 6, null), 'Officials discussed the arson attack on the depot.'), placeActors: [] };
    const joined = clusterEventsDetailed([fire, passing], reportOf);
    expect(joined.find((c) => c.items.includes(passing))?.items).toContain(fire); // it did join the fire
    expect(checkDateConsistency(joined, SRC).references.size).toBe(0);
    const twoDays = input('a', ev('attack', 1, '2023-03-04', stated('2023-03-04')), 'Arsonists set fire to the depot on March 4.');
    expect(checkDateConsistency(clusterEventsDetailed([twoDays, past], reportOf), SRC).references.get('s')?.conflict).toBe('2023-03-04');
  });
  it('re-reads the flagged source (and only it) in a second pass; never throws on odd input', () => {
    const past = input('s', ev('attack', 4, null), 'Police are investigating the arson attack on the depot.');
    const friday = input('s', ev('arrest', 5, '2023-02-24', { date_text: 'on Friday', date_from: '2023-02-24', date_to: '2023-02-24' }), 'Police arrested a guard on Friday.', ['guard']);
    const other = input('a', ev('arrest', 2, '2023-03-24', { date_text: 'on Friday', date_from: '2023-03-24', date_to: '2023-03-24' }), 'Police arrested a guard on Friday.', ['guard']);
    const r = reconcileEventDates([fire, past, friday, other], SRC, reportOf);
    expect(r.inputs[2].referenceRange).toEqual({ from: '2023-03-21', to: '2023-03-31' });
    expect(r.inputs[3]).toBe(other);
    const arrests = clusterEvents(r.inputs, reportOf).filter((e) => e.type === 'arrest');
    // S's Friday is now some Friday of 17-31 March: March, and the same arrest as a's 24 March
    expect(arrests.map((e) => [e.date, e.sources])).toEqual([['2023-03-24', ['a', 's']]]);
    expect(arrests[0].accounts.find((a) => a.source === 's')).toMatchObject({ date: '2023-03', date_from: '2023-03-17', date_to: '2023-03-31' });
    // nothing contradicted: the first pass is handed back for reuse, and gives what clustering again would
    const calm = reconcileEventDates([fire, other], SRC, reportOf);
    expect(calm.references.size).toBe(0);
    expect(calm.inputs).toEqual([fire, other]);
    expect(JSON.stringify(eventRecords(calm.clusters!, reportOf))).toBe(JSON.stringify(clusterEvents([fire, other], reportOf)));
    expect(r.clusters).toBeNull();
    expect(checkDateConsistency(null as never, null as never).references.size).toBe(0);
    expect(reconcileEventDates([], [], new Map()).inputs).toEqual([]);
  });
});

// ---- the hand-written fixture pair through the whole pipeline ----------------------------------------
const FIXTURE = path.join(projectRoot, 'test/events/fixtures/date-consistency');
async function runVariant(edit: (dir: string) => void): Promise<CorpusResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-dates-'));
  for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
  edit(dir);
  try {
    return await extractCorpus(dir, { curation: false, cacheDir: null, workers: 0, quiet: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const setPublished = (date: string) => (dir: string) => {
  const p = path.join(dir, 'sources.yml');
  fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('"2023-03-02"', `"${date}"`));
};
const valley = (d: Dossier) => d.sources.find((s) => s.file === 'valley-post.txt')!;
const accountsOf = (d: Dossier, type: string, sourceFile: string) =>
  d.events.filter((e) => e.type === type).flatMap((e) => e.accounts.filter((a) => a.source === d.sources.find((s) => s.file === sourceFile)!.id).map((a) => ({ event: e, account: a })));
const conflictWarnings = (r: CorpusResult) => r.warnings.filter((w) => /conflicts with events it reports as past/.test(w.message));

describe('fixture pair: a wrong publication date contradicted by another outlet', () => {
  let degraded: CorpusResult, consistent: CorpusResult, future: CorpusResult, beyondYear: CorpusResult;
  beforeAll(async () => {
    degraded = await runVariant(() => {});
    consistent = await runVariant(setPublished('2023-03-27'));
    beyondYear = await runVariant(setPublished('2022-11-02'));
    future = await runVariant((dir) => {
      const p = path.join(dir, 'valley-post.txt');
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('arrested Erik Dahl on Friday in connection with', 'will question Erik Dahl on Friday about'));
    });
  }, 60_000);

  it('degrades the contradicted date: relative dates become March 2023 and the arrest merges', () => {
    const d = degraded.dossier!;
    expect(conflictWarnings(degraded)).toEqual([
      { file: 'valley-post.txt', message: 'published date 2023-03-02 conflicts with events it reports as past (dated from 2023-03-21 by other sources); its relative dates are read as March 2023' },
    ]);
    expect(valley(d).published).toBe('2023-03-02'); // the contract field stays what the article says
    expect(valley(d).date_reference).toMatchObject({ from: '2023-03-21', to: '2023-03-31' });
    const arrest = accountsOf(d, 'arrest', 'valley-post.txt');
    expect(arrest.map((x) => [x.account.date, x.event.date, x.event.independent_reports])).toEqual([['2023-03', '2023-03-24', 2]]);
    const visit = accountsOf(d, 'visit', 'valley-post.txt');
    expect(visit.map((x) => x.event.date)).toEqual(['2023-03']);
    expect(d.events.some((e) => e.date.startsWith('2023-02'))).toBe(false);
  });
  it('leaves a consistent source untouched', () => {
    const d = consistent.dossier!;
    expect(conflictWarnings(consistent)).toEqual([]);
    expect(valley(d).date_reference).toBeUndefined();
    expect(accountsOf(d, 'arrest', 'valley-post.txt').map((x) => [x.account.date, x.event.date])).toEqual([['2023-03-24', '2023-03-24']]);
    expect(accountsOf(d, 'visit', 'valley-post.txt').map((x) => x.event.date)).toEqual(['2023-03-25']);
  });
  it('is not triggered by a future-tense mention of the same event', () => {
    const d = future.dossier!;
    // the check did see the source's account of the fire ...
    expect(accountsOf(d, 'attack', 'valley-post.txt').map((x) => x.event.date)).toEqual(['2023-03-21']);
    // ... but "will question ... about the arson attack" does not report it as past
    expect(conflictWarnings(future)).toEqual([]);
    expect(valley(d).date_reference).toBeUndefined();
    expect(accountsOf(d, 'visit', 'valley-post.txt').map((x) => x.event.date)).toEqual(['2023-02-25']);
  });
  it('leaves relative dates undated when the contradiction reaches beyond the published year', () => {
    const d = beyondYear.dossier!;
    expect(conflictWarnings(beyondYear).map((w) => w.message)).toEqual([
      'published date 2022-11-02 conflicts with events it reports as past (dated from 2023-03-21 by other sources); its relative dates are left undated',
    ]);
    expect(valley(d).date_reference).toMatchObject({ from: null, to: null });
    expect(accountsOf(d, 'arrest', 'valley-post.txt')).toEqual([]);
    expect(accountsOf(d, 'visit', 'valley-post.txt')).toEqual([]);
    expect(d.events.some((e) => e.date.startsWith('2022'))).toBe(false);
  });
});

// ---- the five bundled articles --------------------------------------------------------------------
describe('bundled articles: the header date of the 2 December article is contradicted', () => {
  let corpus: CorpusResult;
  beforeAll(async () => {
    corpus = await extractCorpus(path.join(projectRoot, 'sources'), { curation: false, cacheDir: null, workers: 0, quiet: true });
  }, 60_000);
  const events = () => corpus.dossier!.events;
  const find = (type: string, actor: string) => events().filter((e) => e.type === type && (e.actors.includes(actor) || e.places.includes(actor)));

  it('warns once, about that source only, and exposes its effective reference', () => {
    const w = conflictWarnings(corpus);
    expect(w.map((x) => x.file)).toEqual(['003_7ee5d999a6d09f79.txt']);
    expect(w[0].message).toMatch(/^published date 2020-12-02 conflicts .* \(dated from 2020-12-2\d by other sources\); its relative dates are read as December 2020$/);
    const rudaw = corpus.dossier!.sources.find((s) => s.file === '003_7ee5d999a6d09f79.txt')!;
    expect(rudaw.published).toBe('2020-12-02');
    expect(rudaw.date_reference?.to).toBe('2020-12-31');
    // the other reference is the undated 002's anchor (date-anchors.ts), not a contradiction
    expect(corpus.dossier!.sources.filter((s) => s.date_reference).map((s) => s.file)).toEqual(['002_4003a2322dbc9ac4.txt', '003_7ee5d999a6d09f79.txt']);
  });
  it('anchors the undated 002 by the dated reports of the events it shares with them, and dates its own', () => {
    const undated = corpus.dossier!.sources.find((s) => s.file === '002_4003a2322dbc9ac4.txt')!;
    expect(undated.published).toBeNull();
    expect(undated.date_reference).toMatchObject({ from: '2020-08-07', to: '2020-08-31' });
    expect(undated.date_reference!.basis).toMatch(/states no publication date; it reports as past events that independent reports date/);
    const of002 = (type: string) => events().filter((e) => e.type === type && e.sources.includes(undated.id) && e.sources.length === 1).map((e) => e.date);
    expect(of002('kidnapping')).toEqual(['2020-07']); // "kidnapped for three days in July"
    expect(of002('arrest')).toEqual(['2020-08-07']); // "after an attack against a military convoy ..., on August 7, a man was arrested"
    expect(of002('killing')).toEqual(['2020-08']); // "on Friday evening an activist ... was assassinated"
    expect(of002('meeting')).toEqual(['2020']); // "will meet the US President Thursday": late August or early September
    // what it shares with the others joins their events
    expect(find('arrest', 'kataib-hezbollah').flatMap((e) => e.sources)).toContain(undated.id);
  });
  it('dates the militia member arrest, the stand-off deployments and the tour to December 2020', () => {
    const aah = find('arrest', 'asaib-ahl-al-haq');
    expect(aah.map((e) => [e.date, e.precision])).toEqual([['2020-12', 'month']]);
    const deployments = events().filter((e) => e.type === 'deployment');
    // (the premier's deployment; "withdraw the forces it had deployed" describes the forces, no event)
    expect(deployments.length).toBeGreaterThanOrEqual(1);
    for (const e of deployments) expect([e.date, e.precision]).toEqual(['2020-12', 'month']);
    const tour = find('visit', 'mustafa-al-kadhimi');
    expect(tour.map((e) => [e.date, e.precision])).toEqual([['2020-12', 'month']]);
    expect(events().filter((e) => e.date.startsWith('2020-11'))).toEqual([]);
    expect(events().filter((e) => e.date.startsWith('2024'))).toEqual([]);
  });
  it('keeps the other dated events of the timeline', () => {
    expect(find('killing', 'qasem-soleimani').map((e) => e.date)).toEqual(['2020-01-03']);
    expect(find('arrest', 'kataib-hezbollah').map((e) => e.date)).toEqual(['2020-06']);
    expect(events().filter((e) => e.type === 'agreement').map((e) => e.date)).toEqual(['2020-10']);
    const embassy = events().filter((e) => e.type === 'attack' && e.places.includes('baghdad') && e.date.startsWith('2020-12'));
    expect(embassy.map((e) => e.date)).toEqual(['2020-12']);
    expect(find('threat', 'donald-trump').map((e) => e.date)).toEqual(['2020-12']);
    expect(find('attack', 'qassem-al-jabarin-brigade').map((e) => e.date)).toEqual(['2020-12-27']);
  });
});
