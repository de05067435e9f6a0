// The generated Markdown of a source page: front matter (the contract's source fields and what the page
// shows) and the cleaned body, one Pandoc-style bracketed span per sentence: `[text]{#s-3 .s}`.
// Article text is data: every Markdown-significant character is backslash-escaped, so nothing in an
// article can become a link, an HTML tag, an attribute or emphasis, and template syntax stays as written
// (generated Markdown never goes through Liquid or Nunjucks).
import matter from 'gray-matter';
import type { ActorRecord, ArticleExtraction, Dossier, SourceRecord } from '../lib/types.ts';
import { printable, searchFilterValue } from '../lib/text-safety.ts';
import { linkableUrl } from '../lib/url-safety.ts';
import { sentenceAnchor } from './addresses.ts';

/** Characters markdown-it (with the attrs and bracketed-span plugins) could interpret inside a line. */
const SIGNIFICANT = /[\\`*_{}[\]<>()&|~#!$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SIGNIFICANT, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

export interface SentenceMarkup {
  /** Actor links inside the sentence: character offsets into the sentence text. */
  links: { start: number; end: number; href: string; title: string }[];
  /** Extra classes on the sentence span (e.g. "claim", "event"). */
  classes: string[];
}

/**
 * The writer's input per source: sentence n -> links to the actors it names (by their resolved actor,
 * `actorOf`: "<source id>\0<local entity key>" -> actor id) and the class "claim" on every sentence of a claim.
 */
export function sentenceMarkup(dossier: Dossier, extractions: ArticleExtraction[], actorOf: Map<string, string>): Map<string, Map<number, SentenceMarkup>> {
  const actorById = new Map(dossier.actors.map((a) => [a.id, a]));
  const markup = new Map<string, Map<number, SentenceMarkup>>();
  const at = (m: Map<number, SentenceMarkup>, n: number) => {
    const sm = m.get(n) ?? { links: [], classes: [] };
    m.set(n, sm);
    return sm;
  };
  for (const x of extractions) {
    const sid = x.meta.id;
    const m = new Map<number, SentenceMarkup>();
    markup.set(sid, m);
    // an article names the same entity many times: its actor is looked up once
    const actorOfEntity = new Map<string, ActorRecord | null>();
    for (const mention of x.mentions) {
      let actor = actorOfEntity.get(mention.entity);
      if (actor === undefined) {
        const actorId = actorOf.get(`${sid}\u0000${mention.entity}`);
        actor = (actorId ? actorById.get(actorId) : undefined) ?? null;
        actorOfEntity.set(mention.entity, actor);
      }
      if (actor) at(m, mention.sentence).links.push({ start: mention.start, end: mention.end, href: actor.url_path, title: actor.name });
    }
  }
  // Claims in source text: highlighted sentences (a quote may run over several).
  // The last sentence of each article's first claim starting at a sentence (as a find over its claims would give).
  const claimEnd = new Map<string, Map<number, number | undefined>>();
  for (const x of extractions) {
    const ends = new Map<number, number | undefined>();
    for (const ac of x.claims) if (!ends.has(ac.sentence)) ends.set(ac.sentence, ac.sentence_end);
    claimEnd.set(x.meta.id, ends);
  }
  for (const c of dossier.claims) {
    const m = markup.get(c.source);
    if (!m) continue;
    const last = claimEnd.get(c.source)?.get(c.sentence_n) ?? c.sentence_n;
    for (let n = c.sentence_n; n <= Math.max(last, c.sentence_n); n++) {
      const sm = at(m, n);
      if (!sm.classes.includes('claim')) sm.classes.push('claim');
    }
  }
  return markup;
}

/** One sentence as Markdown, with its actor mentions linked. Overlapping links keep the first/longest. */
export function sentenceMarkdown(n: number, text: string, markup?: SentenceMarkup): string {
  let body = '';
  let at = 0;
  const links = [...(markup?.links ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const l of links) {
    if (l.start < at || l.end > text.length || l.end <= l.start) continue;
    body += escapeMarkdown(text.slice(at, l.start));
    body += `[${escapeMarkdown(text.slice(l.start, l.end))}](${l.href} "${escapeMarkdown(l.title).replace(/"/g, '\\"')}")`;
    at = l.end;
  }
  body += escapeMarkdown(text.slice(at));
  const classes = ['s', ...(markup?.classes ?? [])].map((c) => `.${c}`).join(' ');
  return `[${body}]{#${sentenceAnchor(n)} ${classes}}`;
}

export interface SourcePageInput {
  record: SourceRecord;
  extraction: ArticleExtraction;
  markup: Map<number, SentenceMarkup>;
  /** Front matter fields the page template uses beyond the contract's. */
  extra: Record<string, unknown>;
}

/** The whole `content/sources/<id>.md` text. Deterministic: same input, same bytes. */
export function sourceMarkdown(input: SourcePageInput): string {
  const { record, extraction, markup } = input;
  const { cleaned } = extraction;
  const byParagraph = new Map<number, string[]>();
  for (const s of cleaned.sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(sentenceMarkdown(s.n, s.text, markup.get(s.n)));
    byParagraph.set(s.paragraph, list);
  }
  const headingsBefore = new Map<number, string[]>();
  for (const h of cleaned.subheadings) {
    const list = headingsBefore.get(h.before) ?? [];
    list.push(h.text);
    headingsBefore.set(h.before, list);
  }
  const blocks: string[] = [];
  cleaned.paragraphs.forEach((_, i) => {
    for (const h of headingsBefore.get(i) ?? []) blocks.push(`## ${escapeMarkdown(h)}`);
    const sentences = byParagraph.get(i);
    if (sentences?.length) blocks.push(sentences.join(' '));
  });
  for (const [before, list] of headingsBefore) {
    if (before >= cleaned.paragraphs.length) for (const h of list) blocks.push(`## ${escapeMarkdown(h)}`);
  }

  const data = {
    layout: 'layouts/source.njk',
    templateEngineOverride: 'md',
    permalink: record.url_path,
    pageKind: 'source',
    id: record.id,
    // The file name as written, but inert: a newline, ESC or U+202E in it is shown as an escape.
    file: printable(record.file),
    title: record.title,
    outlet: record.outlet,
    // The outlet as Pagefind's filter list may show it (it inserts filter values as HTML).
    search_outlet: searchFilterValue(record.outlet),
    published: record.published,
    wire: record.wire,
    dateline: record.dateline,
    url: linkableUrl(record.url),
    report: record.report,
    url_path: record.url_path,
    page_date: record.page_date,
    published_basis: record.published_basis,
    // Present only when other sources contradict the stated date (scripts/assemble/date-consistency.ts).
    ...(record.date_reference ? { date_reference: record.date_reference } : {}),
    word_count: record.word_count,
    captions: cleaned.captions.map((c) => ({ n: c.n, text: c.text })),
    removed: cleaned.removed.map((r) => ({ kind: r.kind, text: r.text })),
    ...input.extra,
  };
  // gray-matter writes YAML front matter; values are plain data (never templated by Eleventy).
  return matter.stringify(blocks.join('\n\n') + '\n', JSON.parse(JSON.stringify(data)));
}
