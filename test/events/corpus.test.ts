// The five bundled articles through events -> clusters -> discrepancies (hand-made entity dictionary,
// see corpus.ts), checked against the timeline a reader of the articles expects.
import { describe, expect, it } from 'vitest';
import { runCorpus } from './run.ts';

const { events, discrepancies, perArticle } = runCorpus();
const find = (pred: (e: (typeof events)[number]) => boolean) => events.filter(pred);

describe('event timeline of the bundled articles', () => {
  it('merges the drone strike across sources at day precision, despite a month-precision account', () => {
    const [strike] = find((e) => e.actors.includes('soleimani') && ['killing', 'strike', 'attack'].includes(e.type));
    expect(strike).toBeDefined();
    expect(strike.date).toBe('2020-01-03');
    expect(strike.precision).toBe('day');
    for (const s of ['000', '001', '003', '004']) expect(strike.sources).toContain(s);
    // 001 and 004 are one AFP report
    expect(strike.independent_reports).toBe(new Set(strike.sources.map((s) => (s === '004' ? '001' : s))).size);
    const acc000 = strike.accounts.find((a) => a.source === '000' && a.date);
    expect(acc000?.date).toBe('2020-01');
    expect(find((e) => e.actors.includes('soleimani') && e.type === 'killing')).toHaveLength(1);
  });
  it('dates the June arrest of 14 members through the publication date of the other wire copy', () => {
    const [arrest] = find((e) => e.type === 'arrest' && e.actors.includes('kh'));
    expect(arrest?.date).toBe('2020-06');
    expect(arrest.title).toMatch(/14 members/);
  });
  it('dates the October truce, the December embassy attack and the Babylon convoy attack', () => {
    expect(find((e) => e.type === 'agreement').map((e) => e.date)).toContain('2020-10');
    const embassy = find((e) => e.type === 'attack' && e.date === '2020-12');
    expect(embassy).toHaveLength(1);
    expect(embassy[0].places).toContain('baghdad');
    const babylon = find((e) => e.places.includes('babylon'));
    expect(babylon.map((e) => [e.type, e.date])).toEqual([['attack', '2020-12-27']]);
  });
  it("keeps the militia member's arrest, the tour and Trump's warning on the timeline", () => {
    const aah = find((e) => e.type === 'arrest' && e.actors.includes('aah'));
    expect(aah.length).toBeGreaterThan(0);
    expect(aah[0].date.startsWith('2020')).toBe(true);
    const tour = find((e) => e.type === 'visit' && e.actors.includes('kadhimi'));
    // "Friday night" in the article headed 2 December, which reports as past the embassy attack another
    // report dates 20-27 December: read against 20-31 December, December (date-consistency.ts)
    expect(tour.map((e) => e.date)).toEqual(['2020-12']);
    const warning = find((e) => e.actors.includes('trump') && ['threat', 'statement'].includes(e.type));
    expect(warning).toHaveLength(1);
    expect(warning[0].date).toBe('2020-12');
    expect(warning[0].sources).toEqual(expect.arrayContaining(['003', '004']));
  });
  it('never dates anything from a page banner, and every record is well formed', () => {
    expect(events.some((e) => e.date.startsWith('2024'))).toBe(false);
    for (const e of events) {
      expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(e.url_path).toBe(`/events/${e.id}/`);
      expect([...e.actors].sort()).toEqual(e.actors);
      expect([...e.sources].sort()).toEqual(e.sources);
      expect(e.title.split(/\s+/).length).toBeLessThanOrEqual(13);
    }
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
  it('reads no date in the undated article 002 except absolute ones', () => {
    for (const e of perArticle.get('002')!) expect(e.date).toBeNull();
  });
  it('finds the disagreement over the release of the detainees', () => {
    const rel = discrepancies.filter((d) => d.sources.includes('001') && d.sources.includes('002'));
    expect(rel.length).toBeGreaterThan(0);
    const values = rel.flatMap((d) => d.sides.map((s) => s.value));
    expect(values).toEqual(expect.arrayContaining(['within hours', 'after three days']));
    expect(values).toContain('one or more still held');
    // the AFP copy (004) does not carry that paragraph, and no side is one report against itself
    for (const d of discrepancies) expect(d.sides.length).toBeGreaterThanOrEqual(2);
  });
  it('is deterministic', () => {
    const again = runCorpus();
    expect(JSON.stringify(again.events)).toBe(JSON.stringify(events));
    expect(JSON.stringify(again.discrepancies)).toBe(JSON.stringify(discrepancies));
  });
});
