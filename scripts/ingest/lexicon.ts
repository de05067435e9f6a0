// Generic lexicons the ingest rules use: news agencies, words that make up site banners, trailer
// labels. Nothing here is specific to any one article or topic.

/** News agencies: canonical name and the forms a text uses for it (case-sensitive where a short form is ambiguous). */
export const AGENCIES: { name: string; forms: string[] }[] = [
  { name: 'AFP', forms: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'Agence France-Press'] },
  { name: 'Reuters', forms: ['Reuters', 'REUTERS'] },
  { name: 'AP', forms: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'dpa', forms: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', forms: ['EFE', 'Agencia EFE'] },
  { name: 'ANSA', forms: ['ANSA'] },
  { name: 'Xinhua', forms: ['Xinhua'] },
  { name: 'TASS', forms: ['TASS', 'Tass'] },
  { name: 'Anadolu', forms: ['Anadolu Agency', 'Anadolu'] },
  { name: 'Kyodo', forms: ['Kyodo News', 'Kyodo'] },
  { name: 'Yonhap', forms: ['Yonhap'] },
  { name: 'PTI', forms: ['PTI', 'Press Trust of India'] },
  { name: 'UPI', forms: ['UPI', 'United Press International'] },
  { name: 'IANS', forms: ['IANS'] },
  { name: 'Bernama', forms: ['Bernama'] },
  { name: 'Antara', forms: ['Antara'] },
  { name: 'KUNA', forms: ['KUNA'] },
  { name: 'WAM', forms: ['WAM'] },
  { name: 'SPA', forms: ['Saudi Press Agency', 'SPA'] },
  { name: 'IRNA', forms: ['IRNA'] },
  { name: 'ISNA', forms: ['ISNA'] },
  { name: 'MENA', forms: ['MENA'] },
  { name: 'Interfax', forms: ['Interfax'] },
  { name: 'RIA Novosti', forms: ['RIA Novosti'] },
  { name: 'Bloomberg', forms: ['Bloomberg'] },
  { name: 'PA', forms: ['PA Media', 'Press Association'] },
  { name: 'CP', forms: ['The Canadian Press', 'Canadian Press'] },
  { name: 'AAP', forms: ['AAP', 'Australian Associated Press'] },
  { name: 'ANI', forms: ['ANI'] },
  { name: 'APA', forms: ['APA'] },
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of every agency form, longest first. */
export const AGENCY_ALT = AGENCIES.flatMap((a) => a.forms)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

const FORM_TO_NAME = new Map<string, string>();
for (const a of AGENCIES) for (const f of a.forms) FORM_TO_NAME.set(f, a.name);

/** Canonical agency name for a form as written, or null. */
export function agencyName(form: string): string | null {
  const t = form.trim();
  return FORM_TO_NAME.get(t) ?? FORM_TO_NAME.get(t.replace(/^The\s+/, '')) ?? null;
}

/** Words site banners and taglines are made of. */
export const SITE_WORDS = new Set(
  'news newspaper newspapers opinion opinions international english arabic french edition online media magazine daily weekly times post breaking latest headlines network portal live tv radio channel home homepage menu search login subscribe website site official source sources journal gazette tribune herald press world middle-east politics business sport sports culture analysis features video videos podcast podcasts'.split(
    ' ',
  ),
);

/** Whole-line labels of page furniture that follows (or interrupts) an article. */
export const TRAILER_RE =
  /^(?:editor'?s?'? picks?|editors'? choice|related(?: articles?| posts?| stories| story| news| content| topics| links| coverage| reading)?|share(?: this)?(?: article| story| post| page)?|share (?:on|via) \w+|tags?|topics?|keywords|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|trending(?: now| stories)?|you (?:may|might) (?:also )?like|recommended(?: for you| stories| articles)?|more stories|more (?:from|on) .{1,40}|latest(?: news| stories| articles)?|comments?|\d+ comments?|leave a (?:comment|reply)|advertisement|sponsored(?: content)?|subscribe.{0,60}|sign up.{0,60}|newsletter.{0,60}|follow us.{0,60}|print|email|e-mail|facebook|twitter|whatsapp|linkedin|telegram|top stories|in case you missed it|don'?t miss|back to top|next (?:article|story|post)|previous (?:article|story|post)|read more|load more|see more|view comments|all rights reserved.{0,80}|(?:copyright|©).{0,100})$/i;

/** "Tags: a, b" style label lines. */
export const LABEL_LIST_RE = /^(?:tags?|topics|keywords|filed under|categories|category|section)\s*[:：]/i;

/** "Read more: ...", "Also read - ..." link lines. */
export const READ_MORE_RE =
  /^(?:read more|read also|also read|read|see also|more|related|related (?:article|story|news|coverage|content|reading)s?|recommended|watch|listen|further reading|click here|more on this(?: story)?)\s*[:：»>|–—-]+\s*\S/i;
