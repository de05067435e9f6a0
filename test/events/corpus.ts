// Test-only stand-in for the ingest + entities stages: the five bundled articles cut into sentences,
// with a hand-made entity dictionary (corpus names belong in tests only). Lets the event stages be
// tested on real text independently of the other stages.
import fs from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../scripts/ingest/sentences.ts';
import type { ActorType, CleanedArticle, LocalEntity, Mention, SourceMeta } from '../../scripts/lib/types.ts';

export const PUBLISHED: Record<string, string | null> = {
  '000': '2020-12-28',
  '001': null,
  '002': null,
  '003': '2020-12-02',
  '004': '2020-12-31',
};
/** Report ids: 001 and 004 are one AFP story. */
export const REPORT: Record<string, string> = { '000': 'r000', '001': 'afp', '002': 'r002', '003': 'r003', '004': 'afp' };

const DICT: [string, ActorType, string[]][] = [
  ['kadhimi', 'person', ['Mustafa al-Kadhimi', 'Mustafa al-Kadhemi', 'Mustafa Al-Kazemi', 'Al-Kazemi', 'Kadhimi', 'Kadhemi', 'Kazemi']],
  ['soleimani', 'person', ['Qassem Soleimani', 'Qasem Soleimani', 'Soleimani']],
  ['muhandis', 'person', ['Abu Mahdi al-Muhandis', 'Abu Mahdi Al-Muhandis', 'al-Muhandis', 'Muhandis']],
  ['trump', 'person', ['Donald Trump', 'Trump']],
  ['salih', 'person', ['Barham Salih']],
  ['khazali', 'person', ['Qais al-Khazali', 'Qais Khazali']],
  ['talibawi', 'person', ['Jawad al-Talibawi', 'Talibawi']],
  ['askari', 'person', ['Abou Ali al-Askari']],
  ['hashemi', 'person', ['Abu Jihad al-Hashemi']],
  ['hisham', 'person', ['Hisham Al-Hashemi', 'Al-Hashemi']],
  ['zarif', 'person', ['Mohammad Javad Zarif']],
  ['sadr', 'person', ['Muqtada al-Sadr']],
  ['aah', 'organization', ['Asaib Ahl al-Haq', 'AAH']],
  ['kh', 'organization', ['Kataib Hezbollah', 'Kataeb Hezbollah']],
  ['pmf', 'organization', ['Popular Mobilization Forces', 'Hashed al-Shaabi', 'Hashd al-Shaabi', 'Hashed', 'Hashd', 'PMF']],
  ['jabarin', 'organization', ['Qassem al-Jabarin Brigade']],
  ['abbas', 'organization', ['Abu al-Fadel al-Abbas Brigades']],
  ['afp', 'organization', ['AFP']],
  ['us', 'place', ['United States', 'US', 'Washington', 'American']],
  ['iran', 'place', ['Iran', 'Tehran', 'Iranian']],
  ['iraq', 'place', ['Iraq', 'Iraqi']],
  ['baghdad', 'place', ['Baghdad']],
  ['babylon', 'place', ['Babylon']],
  ['basra', 'place', ['Basra']],
  ['dhiqar', 'place', ['Dhi Qar']],
];

export interface TestArticle {
  id: string;
  cleaned: CleanedArticle;
  meta: SourceMeta;
  entities: LocalEntity[];
  mentions: Mention[];
}

function mentionsOf(sentences: { n: number; text: string }[]): Mention[] {
  const out: Mention[] = [];
  const forms = DICT.flatMap(([key, type, aliases]) => aliases.map((a) => ({ key, type, a }))).sort((x, y) => y.a.length - x.a.length);
  for (const s of sentences) {
    const taken: [number, number][] = [];
    for (const f of forms) {
      const re = new RegExp(`(?<![\\w-])${f.a.replace(/[-]/g, '\\-')}(?![\\w])`, 'g');
      for (const m of s.text.matchAll(re)) {
        const st = m.index!, en = st + m[0].length;
        if (taken.some(([a, b]) => st < b && a < en)) continue;
        taken.push([st, en]);
        out.push({ sentence: s.n, start: st, end: en, text: m[0], type: f.type, entity: f.key });
      }
    }
  }
  return out.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** A cleaned article from raw text: blank-line paragraphs; short lines without a full stop (banners, headlines) dropped. */
export function articleFromText(id: string, raw: string, published: string | null): TestArticle {
  const paragraphs = raw
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && /[.!?”"]$/.test(p) && p.split(' ').length > 8 && !/^Read more:/i.test(p));
  const sentences = paragraphs.flatMap((p, i) => splitSentences(p).map((text) => ({ text, paragraph: i })));
  const cleaned: CleanedArticle = {
    file: `${id}.txt`,
    title: null,
    paragraphs,
    sentences: sentences.map((s, i) => ({ n: i + 1, ...s })),
    captions: [],
    subheadings: [],
    removed: [],
    metaLines: [],
  };
  const mentions = mentionsOf(cleaned.sentences);
  const entities: LocalEntity[] = DICT.map(([key, type, aliases]) => ({ key, name: aliases[0], type, aliases, roles: [], evidence: [], mentions: 0 }));
  const meta: SourceMeta = {
    id, file: `${id}.txt`, title: null, outlet: null, published, published_basis: null, page_date: null, wire: null,
    dateline: null, url: null, word_count: raw.split(/\s+/).length, format: 'txt', encoding: 'utf-8',
  };
  return { id, cleaned, meta, entities, mentions };
}

export function loadCorpus(): TestArticle[] {
  const dir = path.join(import.meta.dirname, '..', '..', 'sources');
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => articleFromText(f.slice(0, 3), fs.readFileSync(path.join(dir, f), 'utf8'), PUBLISHED[f.slice(0, 3)]));
}
