// The five bundled scrapes: what cleaning must separate and what metadata must find.
import { describe, expect, it } from 'vitest';
import { prepared, sourceFile } from './helpers.ts';

const all = ['000', '001', '002', '003', '004'].map((p) => [p, prepared(sourceFile(p), `s${p}`)] as const);
const BOILERPLATE = /Read more|Editor Picks|Welcome to|Asharq Al-awsat English|\bdate 2020|\d{1,2}:\d{2}|ThisDay|additional input|^(?:BAGHDAD|ERBIL)\b/;

describe('bundled sources: cleaning', () => {
  it.each(all)('%s: no boilerplate line remains in a body paragraph', (_p, r) => {
    for (const p of r.cleaned.paragraphs) expect(p).not.toMatch(BOILERPLATE);
    expect(r.cleaned.paragraphs.length).toBeGreaterThan(5);
  });

  it.each(all)('%s: every sentence is an exact substring of its paragraph, numbered 1..n', (_p, r) => {
    r.cleaned.sentences.forEach((s, i) => {
      expect(s.n).toBe(i + 1);
      expect(r.cleaned.paragraphs[s.paragraph]).toContain(s.text);
      expect(s.text).toBe(s.text.trim());
    });
  });

  it('000: banner, both headline copies, date line and trailer removed; Reuters caption kept as caption', () => {
    const c = all[0][1].cleaned;
    expect(c.title).toBe('Pro-Iran Factions Keep up Escalation against Iraqi President, PM, US');
    expect(c.removed.filter((r) => r.kind === 'headline')).toHaveLength(2);
    expect(c.removed.find((r) => r.kind === 'banner')?.text).toMatch(/^Asharq Al-awsat English/);
    expect(c.removed).toContainEqual({ kind: 'date', text: 'Monday, 28 December, 2020 - 07:15' });
    expect(c.removed).toContainEqual({ kind: 'trailer', text: 'Editor Picks' });
    expect(c.captions.map((x) => x.text)).toEqual(['Prime Minister Mustafa al-Kadhimi. (Reuters)']);
    expect(c.paragraphs[0]).toMatch(/^Iran-backed factions in Iraq/);
    expect(c.paragraphs.at(-1)).toMatch(/^His comments sparked outrage/);
  });

  it('001: all five Read more lines (the file has five, not six), two subheadings, the AFP trailer', () => {
    const c = all[1][1].cleaned;
    expect(c.removed.filter((r) => r.kind === 'read-more')).toHaveLength(5);
    expect(c.removed.filter((r) => r.kind === 'read-more').every((r) => r.text.startsWith('Read more: '))).toBe(true);
    expect(c.subheadings.map((s) => s.text)).toEqual(['Make or break', 'Think it over']);
    const make = c.subheadings[0]!;
    expect(c.paragraphs[make.before]).toMatch(/^Pro-Iran forces accuse Kadhemi, who is also/);
    expect(c.removed).toContainEqual({ kind: 'byline', text: 'AFP with additional input by GVS News Desk' });
    expect(c.sentences.some((s) => s.text === 'Make or break' || s.text === 'Think it over')).toBe(false);
    expect(c.title).toBe('One year after US killed Iran general, Iraq tensions boil');
    // The ellipsis inside the quote does not end the sentence.
    expect(c.sentences.some((s) => s.text === 'Another group threatened to “cut off the ears… of the traitor”.')).toBe(true);
  });

  it('002: glued headline and dateline taken off the first paragraph', () => {
    const c = all[2][1].cleaned;
    expect(c.title).toBe('Iranian desperate efforts to embarrass Al-Kazemi in front of Washington');
    expect(c.removed.filter((r) => r.kind === 'headline')).toHaveLength(3);
    expect(c.removed).toContainEqual({ kind: 'dateline', text: 'BAGHDAD –' });
    expect(c.paragraphs[0]).toMatch(/^Attacks by pro-Iranian Shiite militias/);
  });

  it('003: relative stamp, date and dateline peeled off the first paragraph', () => {
    const c = all[3][1].cleaned;
    expect(c.title).toBe('Iraqi PM visits Baghdad streets as tensions rise with Iran-backed militias');
    expect(c.removed.find((r) => r.kind === 'date')?.text).toMatch(/^yesterday at 11:36 Rudaw – 2 Dec 2020/);
    expect(c.paragraphs[0]).toMatch(/^Iraqi Prime Minister Mustafa al-Kadhimi made a rare visit/);
    expect(c.sentences.some((s) => s.text.startsWith('The deputy commander of Iran’s elite Quds Force, Brig. Gen. Mohammad Hejazi said'))).toBe(true);
  });

  it('004: two photo captions kept as captions, broken quote rejoined, subheading kept', () => {
    const c = all[4][1].cleaned;
    expect(c.title).toBeNull();
    expect(c.captions.map((x) => x.text)).toEqual([
      "A poster of late Iranian Revolutionary Guards commander Qasem Soleimani in Iraq's capital Baghdad",
      'A member of the Hashed al-Shaabi, an Iraqi paramilitary network dominated by Iran-backed factions, carries a portrait of Soleimani',
    ]);
    expect(c.paragraphs).toContain('Another group threatened to "cut off the ears... of the traitor".');
    expect(c.sentences.map((s) => s.text)).toContain('Another group threatened to "cut off the ears... of the traitor".');
    expect(c.subheadings.map((s) => s.text)).toEqual(['Make or break']);
    expect(c.removed).toContainEqual({ kind: 'byline', text: '(ThisDay | Iraq News Now )-' });
    expect(c.paragraphs[0]).toMatch(/^One year after US forces assassinated/);
    for (const cap of c.captions) expect(c.paragraphs).not.toContain(cap.text);
  });
});

describe('bundled sources: metadata', () => {
  const table: [string, string | null, string | null, string | null, string | null][] = [
    ['000', 'Asharq Al-Awsat', '2020-12-28', null, null],
    ['001', 'Global Village Space', null, 'AFP', null],
    ['002', null, null, 'AFP', 'BAGHDAD'],
    ['003', 'Rudaw', '2020-12-02', null, 'ERBIL, Kurdistan Region'],
    ['004', 'Iraq News', '2020-12-31', 'AFP', null],
  ];
  it.each(table)('%s: outlet %s, published %s, wire %s, dateline %s', (p, outlet, published, wire, dateline) => {
    const m = all.find(([q]) => q === p)![1].meta;
    expect(m.outlet).toBe(outlet);
    expect(m.published).toBe(published);
    expect(m.wire).toBe(wire);
    expect(m.dateline).toBe(dateline);
    expect(m.word_count).toBeGreaterThan(300);
    expect(m.id).toBe(`s${p}`);
  });

  it('001: the crawl-date banner is a page date, with a warning, not the publication date', () => {
    const r = all[1][1];
    expect(r.meta.page_date).toBe('2024-07-17');
    expect(r.meta.published_basis).toBeNull();
    expect(r.warnings).toEqual(['page date 2024-07-17 is years after the events the text reports; not taken as the publication date']);
  });

  it('says where published came from', () => {
    expect(all[0][1].meta.published_basis).toContain('Monday, 28 December, 2020');
    expect(all[4][1].meta.published_basis).toContain('2020-12-31');
  });

  it('titles: repeated or first headline line; none for 004', () => {
    expect(all.map(([, r]) => r.meta.title)).toEqual([
      'Pro-Iran Factions Keep up Escalation against Iraqi President, PM, US',
      'One year after US killed Iran general, Iraq tensions boil',
      'Iranian desperate efforts to embarrass Al-Kazemi in front of Washington',
      'Iraqi PM visits Baghdad streets as tensions rise with Iran-backed militias',
      null,
    ]);
  });

  it('word_count counts the cleaned body only', () => {
    const r = all[0][1];
    const words = r.cleaned.paragraphs.join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(Math.abs(r.meta.word_count - words)).toBeLessThan(words * 0.03);
  });
});
