// Metadata rules on invented scrapes: outlets from banners, date shapes, the page-date rule, wire rules.
import { describe, expect, it } from 'vitest';
import { findDates, latestReferencedDate, normaliseDate } from '../../scripts/ingest/dates.ts';
import { inputFile, prepared } from './helpers.ts';

const meta = (text: string, file = 'a.txt') => prepared(inputFile(file, text)).meta;
const warnings = (text: string) => prepared(inputFile('a.txt', text)).warnings;

const BODY = 'The regional council approved the new budget on Thursday after a long debate. Opposition members walked out before the vote.';

describe('dates', () => {
  it.each([
    ['Monday, 28 December, 2020 - 07:15', '2020-12-28'],
    ['2 Dec 2020', '2020-12-02'],
    ['date 2020-12-31 2020/12/31 | 07:30', '2020-12-31'],
    ['2021-03-04T06:20:00Z', '2021-03-04'],
    ['July 17, 2024', '2024-07-17'],
    ['Sept. 9 2019', '2019-09-09'],
    ['the 3rd of March 2022', '2022-03-03'],
    ['31.12.2020', '2020-12-31'],
    ['12/31/2020', '2020-12-31'],
  ])('%s -> %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('impossible dates and relative times are not dates', () => {
    expect(findDates('31 February 2021')).toEqual([]);
    expect(findDates('yesterday at 11:36')).toEqual([]);
    expect(findDates('2020-13-01')).toEqual([]);
    expect(normaliseDate(new Date(Date.UTC(2021, 5, 8)))).toBe('2021-06-08');
    expect(normaliseDate('not a date')).toBeNull();
  });

  it('latest referenced date: full dates, bare years as year end, nothing when no year', () => {
    expect(latestReferencedDate('It began on January 3, 2020 after the 2003 invasion.')).toBe('2020-01-03');
    expect(latestReferencedDate('Elections are due in 2025.')).toBe('2025-12-31');
    expect(latestReferencedDate('It happened on Monday. Covid-19 spread.')).toBeNull();
  });
});

describe('outlet', () => {
  it('from "Welcome to X"', () => {
    expect(meta(`| Welcome to Valley Tribune Online\n\n${BODY}`).outlet).toBe('Valley Tribune Online');
  });
  it('from "Source: X" in a date line', () => {
    expect(meta(`Posted 2022-05-01 10:00 | Source: Lakeside Radio\n\n${BODY}`).outlet).toBe('Lakeside Radio');
  });
  it('from the first segment of a bar-separated banner, shouting and edition words dropped', () => {
    expect(meta(`HIGHLAND GAZETTE ONLINE | Politics | Sport | Login\n\n${BODY}`).outlet).toBe('Highland Gazette');
  });
  it('from a tagline banner, with the casing the body uses', () => {
    const m = meta(`Nord-Ost Kurier English News and Opinion from Nord-Ost Kurier Newspaper\n\nCouncil passes budget\n\n${BODY} Speaking to NORD-OST KURIER, she agreed. The mayor told Nord-Ost kurier he was pleased.`);
    expect(m.outlet).toBe("Nord-Ost kurier");
  });
  it('the body casing wins over the banner casing', () => {
    expect(meta(`Al-Wadi al-akhdar English News and Opinion Portal\n\n${BODY} In remarks to Al-Wadi Al-Akhdar, the minister agreed.`).outlet).toBe('Al-Wadi Al-Akhdar');
  });
  it('a site name beside a relative stamp', () => {
    expect(meta(`Budget passes\n\n2 hours ago Valley Radio – 5 May 2022 – ${BODY}`).outlet).toBe('Valley Radio');
  });
  it('null when nothing names it', () => {
    expect(meta(`Budget passes\n\n${BODY}`).outlet).toBeNull();
  });
});

describe('published', () => {
  it('a date line under the headline', () => {
    const m = meta(`Budget passes\n\nThursday, 5 May 2022 - 18:40\n\n${BODY} The plan covers 2022 and 2023.`);
    expect(m.published).toBe('2022-05-05');
    expect(m.published_basis).toBe('date line "Thursday, 5 May 2022 - 18:40"');
  });
  it('a relative stamp alone establishes nothing', () => {
    const m = meta(`Budget passes\n\nyesterday at 11:36\n\n${BODY}`);
    expect(m.published).toBeNull();
    expect(m.page_date).toBeNull();
  });
  it('a day banner years after the latest date in the text is a page date, with a warning', () => {
    const text = `Tuesday, March 4, 2025\n\nBudget passes\n\n${BODY} The previous budget, passed on June 2, 2021, was smaller.`;
    const m = meta(text);
    expect(m.published).toBeNull();
    expect(m.page_date).toBe('2025-03-04');
    expect(warnings(text)).toEqual(['page date 2025-03-04 is years after the events the text reports; not taken as the publication date']);
  });
  it('a date within months of the events is accepted', () => {
    const m = meta(`Tuesday, March 1, 2022\n\nBudget passes\n\n${BODY} The previous budget, passed on June 2, 2021, was smaller.`);
    expect(m.published).toBe('2022-03-01');
    expect(m.page_date).toBeNull();
  });
  it('with no year in the body, the page date cannot be refuted', () => {
    expect(meta(`Tuesday, March 4, 2025\n\nBudget passes\n\n${BODY}`).published).toBe('2025-03-04');
  });
});

describe('wire', () => {
  it('a dateline with the agency', () => {
    expect(meta(`Budget passes\n\nLISBON (AFP) – ${BODY}`).wire).toBe('AFP');
    expect(meta(`Budget passes\n\nLisbon (Reuters) - ${BODY}`).wire).toBe('Reuters');
  });
  it('an agency byline or trailer', () => {
    expect(meta(`Budget passes\n\n${BODY}\n\nThe Associated Press contributed reporting\n`).wire).toBe('AP');
    expect(meta(`Budget passes\n\n${BODY}\n\ndpa\n`).wire).toBe('dpa');
  });
  it('"told <agency>" reporting in the body', () => {
    expect(meta(`Budget passes\n\n${BODY} "It is a disaster," one member told Reuters.`).wire).toBe('Reuters');
  });
  it('not a photo credit after a caption', () => {
    expect(meta(`Budget passes\n\nThe mayor speaks at the council. (Reuters)\n\n${BODY}`).wire).toBeNull();
  });
  it('not additional reporting by an agency on the outlet\'s own story', () => {
    expect(meta(`Budget passes\n\n${BODY}\n\n(Reporting by staff; additional reporting by Reuters)\n`).wire).toBeNull();
  });
  it('not the outlet itself, and not a non-agency ("told Valley Radio")', () => {
    expect(meta(`Welcome to Reuters\n\n${BODY} "Fine," he told Reuters.`).wire).toBeNull();
    expect(meta(`Budget passes\n\n${BODY} "Fine," he told Valley Radio.`).wire).toBeNull();
  });
});

describe('outlet and date rules found on generated scrapes', () => {
  it('a navigation menu banner is not a name; its one non-menu segment is', () => {
    expect(meta(`Home | World | Politics | Business | Valley Ledger\n\nCouncil Approves Budget\n\n3 May 2021\n\n${BODY}`).outlet).toBe('Valley Ledger');
    expect(meta(`Home | World | Sport | Contact\n\nCouncil Approves Budget\n\n3 May 2021\n\n${BODY}`).outlet).toBeNull();
  });

  it('an all-caps masthead keeps its org word', () => {
    expect(meta(`PINEWOOD NEWS\nYour window on the region\n\nCouncil Approves Budget\n\n3 May 2021\n\n${BODY}`).outlet).toBe('Pinewood News');
    expect(meta(`THE HARBOUR GAZETTE\nPolitics, business and culture\n\nCouncil Approves Budget\n\n3 May 2021\n\n${BODY}`).outlet).toBe('The Harbour Gazette');
  });

  it('outlet names keep Times/News/Herald, and a mid-sentence "the" does not lower-case the name', () => {
    const text = `The Lakeside Times News, analysis and opinion from The Lakeside Times\n\nCouncil Approves Budget\n\n3 May 2021\n\n${BODY} A councillor told the Lakeside Times that the vote was fair.`;
    expect(meta(text).outlet).toBe('The Lakeside Times');
    expect(meta(`Birchwood Daily Breaking news and in-depth reporting from Birchwood Daily\n\nCouncil Approves Budget\n\n3 May 2021\n\n${BODY}`).outlet).toBe('Birchwood Daily');
  });

  it('an ISO timestamp line is a date, never an outlet', () => {
    const m = meta(`Council Approves Budget\n\n2021-03-03T11:00:00Z\n\n${BODY}`);
    expect(m.outlet).toBeNull();
    expect(m.published).toBe('2021-03-03');
  });

  it('a later explicit date line beats a crawl-date banner, even one only months later', () => {
    const body = `${BODY} The budget was first presented on March 1, 2021.`;
    for (const banner of ['Tuesday, November 16, 2021', 'Friday, May 17, 2024']) {
      const m = meta(`${banner}\n\nCouncil Approves Budget\n\nMonday, 8 March, 2021 - 09:40\n\n${body}`);
      expect(m.published).toBe('2021-03-08');
      expect(m.page_date).toBe(banner.endsWith('2021') ? '2021-11-16' : '2024-05-17');
    }
  });

  it('a count before a noun is not a year ("1800 supporters")', () => {
    expect(latestReferencedDate('About 1800 supporters rallied on May 6. Talks began in 2019 and stalled.')).toBe('2019-12-31');
    const m = meta(`Council Approves Budget\n\nSaturday, 9 May, 2020 - 05:28\n\n1800 supporters of the party marched on Wednesday. ${BODY}`);
    expect(m.published).toBe('2020-05-09');
  });
});

describe('publication dates from more date-line layouts', () => {
  it.each([
    ['March 3, 2021 Updated: March 5, 2021', '2021-03-03'],
    ['Tue 07 Jul 2020 | 06:00 PM', '2020-07-07'],
    ['Published: 4 May 2022', '2022-05-04'],
    ['Thursday, February 27, 2020 2:00:38 PM', '2020-02-27'],
    ['Updated 22:29, 27-Aug-2021', '2021-08-27'],
    ['By Jane Roe | 2021-03-04', '2021-03-04'],
    ['4 March 2023 · 3 min read', '2023-03-04'],
    ['Mar 4, 2023 10:45 AM EST', '2023-03-04'],
  ])('a date line "%s" -> %s', (line, iso) => {
    expect(meta(`Council Approves Budget\n\n${line}\n\n${BODY}`).published).toBe(iso);
  });

  it('a labelled stamp glued before the first paragraph is taken off it', () => {
    const r = prepared(inputFile('a.txt', ` date 2021-08-15 Lakeside: ${BODY}`));
    expect(r.meta.published).toBe('2021-08-15');
    expect(r.cleaned.sentences[0]!.text.startsWith('Lakeside: The regional council')).toBe(true);
  });

  it('a labelled month-only stamp is furniture, and a headline\'s run-on timestamp dates the page', () => {
    const r = prepared(inputFile('a.txt', ` date 2020-02 Council approves budget after long debate Thursday, February 27, 2020 2:00:38 PM\n\n${BODY}`));
    expect(r.meta.published).toBe('2020-02-27');
    expect(r.cleaned.title).toBe('Council approves budget after long debate');
  });

  it('a byline ending in its date and time is a byline, and dates the page', () => {
    const r = prepared(inputFile('a.txt', `Council Approves Budget\n\nBy Jane Roe, Staff Writer Nov. 27, 2019, at 12:56 p.m.\n\n${BODY}`));
    expect(r.meta.published).toBe('2019-11-27');
    expect(r.meta.published_basis).toContain('byline');
    expect(r.cleaned.sentences.some((s) => s.text.includes('Staff Writer'))).toBe(false);
  });

  it('a first sentence that dates itself ("Today, 12 March 2025, ...")', () => {
    expect(meta(`Council Approves Budget\n\nToday, 12 March 2025, the regional council approved the new budget after a long debate. Opposition members walked out.`).published).toBe('2025-03-12');
    expect(meta(`Council Approves Budget\n\nOn 12 March 2025 the regional council approved the new budget after a long debate. Opposition members walked out.`).published).toBeNull();
  });

  it('short furniture lines over a paragraph in one block are not glued to it', () => {
    const r = prepared(inputFile('a.txt', `Service :\n31 January 2020 - 08:31\nStory ID: 4471\n${BODY} ${BODY}\n`));
    expect(r.meta.published).toBe('2020-01-31');
    expect(r.cleaned.sentences[0]!.text.startsWith('The regional council')).toBe(true);
  });

  it('an embedded post\'s signature dates the post, not the page', () => {
    expect(meta(`Council Approves Budget\n\n${BODY}\n\n— Valley Radio (@valleyradio) February 27, 2019\n\n${BODY}`).published).toBeNull();
  });

  it('bare background years do not refute a stamp; a stated day or month long before it does', () => {
    expect(meta(`Council Approves Budget\n\nMarch 4, 2020\n\n${BODY} The council has been divided since 2011.`).published).toBe('2020-03-04');
    expect(meta(`Council Approves Budget\n\nMarch 4, 2025\n\n${BODY} The last budget passed in November 2021.`).published).toBeNull();
  });

  it('a stamp with its time of day is the page\'s own, whatever background the body gives', () => {
    expect(meta(`Council Approves Budget\n\n31 January 2020 - 08:31\n\n${BODY} The dispute began in March 2015.`).published).toBe('2020-01-31');
    expect(meta(`Council Approves Budget\n\nJanuary 31, 2020\n\n${BODY} The dispute began in March 2015.`).published).toBeNull();
  });

  it('a retrospective: the line the body gives as the day of the events is the subject, the other the stamp', () => {
    const text = `March 15, 2019\n\nMarch 21, 2014\n\nFive years ago, on March 21, 2014, the regional council approved the new budget after a long debate. Opposition members walked out on March 24, 2014.`;
    const m = meta(text);
    expect(m.published).toBe('2019-03-15');
  });
});
