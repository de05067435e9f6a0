// Articles that state no publication date, anchored by a day they write themselves or by the
// independent dated reports of the events they tell (scripts/assemble/date-anchors.ts), on invented
// articles (test/events/fixtures/date-anchors) through the whole pipeline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus, type CorpusResult } from '../../scripts/pipeline.ts';
import { bannerDated, writtenAnchor } from '../../scripts/assemble/date-anchors.ts';
import { cleanArticle } from '../../scripts/ingest/clean.ts';
import { extractMetadata } from '../../scripts/ingest/metadata.ts';
import type { Dossier } from '../../scripts/lib/types.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'date-anchors');

describe('writtenAnchor', () => {
  it('takes the latest day the text writes as past, not a file photo’s nor one still to come', () => {
    expect(writtenAnchor(['The port closed on 2 May 2023.', 'A view of the quay, 14 June 2023.'])).toEqual({ day: '2023-06-14', text: '14 June 2023' });
    expect(writtenAnchor(['FILE - In this Monday, Aug. 27, 2018 file photo, the mayor speaks in Valga.'])).toBeNull();
    expect(writtenAnchor(['He planned to stay in office until February 26 2016.', 'The deal was signed on 12 September 2005.'])).toEqual({ day: '2005-09-12', text: 'on 12 September 2005' });
    expect(writtenAnchor(['The ferry stopped on 3 March after a storm.'])).toBeNull();
  });
});

describe('bannerDated', () => {
  const page = (text: string) => {
    const cleaned = cleanArticle({ file: 'p.txt', format: 'txt', text, encoding: 'utf-8', frontMatter: {}, warnings: [] });
    return { meta: extractMetadata({ file: 'p.txt', format: 'txt', text, encoding: 'utf-8', frontMatter: {}, warnings: [] }, cleaned, 'p').meta, cleaned };
  };
  const body = 'The Northern Front accused the National Army of breaking the truce on Saturday as it resumed its operations in Valga.\n\nThe army said on Thursday that it had agreed to a five-day pause in the fighting.\n';
  it('sees a bare date line above the headline, with no year in the text, as a site banner', () => {
    const p = page(`September 20, 2021\n\nFront says truce broken\n\n${body}`);
    expect(p.meta.published).toBe('2021-09-20');
    expect(bannerDated(p)).toBe(true);
  });
  it('trusts a date line under the headline, or one the text confirms with a year', () => {
    expect(bannerDated(page(`Front says truce broken\n\nSeptember 20, 2021\n\n${body}`))).toBe(false);
    expect(bannerDated(page(`September 20, 2021\n\nFront says truce broken\n\n${body}The truce was first agreed in March 2021 in Narva.\n`))).toBe(false);
  });
});

describe('undated articles in a corpus', () => {
  let dossier: Dossier;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-anchors-'));
    for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
    let r: CorpusResult;
    try {
      r = await extractCorpus(dir, { curation: false, cacheDir: null, workers: 0, quiet: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    dossier = r.dossier!;
  }, 60_000);
  const source = (file: string) => dossier.sources.find((s) => s.file === file)!;
  const datesOf = (file: string) =>
    dossier.events.flatMap((e) => e.accounts.filter((a) => a.source === source(file).id).map((a) => [e.type, a.date, a.date_text]));

  it('reads an article by the latest day it writes: its weekday becomes that week’s', () => {
    const river = source('river-notes.txt');
    expect(river.published).toBeNull();
    expect(river.date_reference).toMatchObject({ from: '2023-06-14', to: '2023-06-15' });
    expect(river.date_reference!.basis).toMatch(/states no publication date; the latest day it writes is 14 June 2023/);
    expect(datesOf('river-notes.txt')).toContainEqual(['protest', '2023-06-13', 'on Tuesday']);
  });
  it('anchors an article by the dated reports of the events it shares, after the latest date it gives', () => {
    const coast = source('coast-weekly.txt');
    expect(coast.published).toBeNull();
    // it reports as past the May arrests and the April election (dated by the gazette), and "On 9 June"
    expect(coast.date_reference).toMatchObject({ from: '2023-06-09', to: '2023-06-30' });
    expect(coast.date_reference!.basis).toMatch(/reports as past events that independent reports date .*latest date it gives is On 9 June \(2023-06-09\)/);
    // its own "in April" is the gazette's April 2023, and its untold-date arrest joins the gazette's
    expect(datesOf('coast-weekly.txt')).toContainEqual(['other', '2023-04', 'April']);
    const arrest = dossier.events.find((e) => e.type === 'arrest')!;
    expect(arrest.sources).toEqual([source('coast-weekly.txt').id, source('harbour-gazette.txt').id].sort());
  });
  it('gives an article with no anchor no reference and its day-month dates no year', () => {
    const lake = source('lake-review.txt');
    expect(lake.date_reference).toBeUndefined();
    expect(datesOf('lake-review.txt')).toEqual([]);
  });
  it('leaves a dated article alone', () => {
    expect(source('harbour-gazette.txt').date_reference).toBeUndefined();
  });
});
