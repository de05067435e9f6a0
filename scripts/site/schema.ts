// JSON Schema (draft 2020-12) of <out>/data/dossier.json, written next to it as dossier.schema.json so
// analysts can validate what they script against. It is generated from code (not hand-kept JSON) so it
// sits beside types.ts and changes with it. Contract fields (the public interface of dossier.json) are
// required, with the constraints the contract states (non-empty ids and texts, at least one alias, mention
// and source, at least one independent report); the extra fields the build adds are described but
// optional, and additionalProperties stays open because the contract allows new fields at any time.
// What a schema cannot say (ids unique, references resolve, pages exist) is checked by contract.ts.

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const strOrNull: Schema = { type: ['string', 'null'] };
const nonEmpty: Schema = { type: 'string', minLength: 1 };
const ids: Schema = { type: 'array', items: str };
/** YYYY-MM-DD, YYYY-MM or YYYY. */
const partialDate: Schema = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const dayDate: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const dayOrNull: Schema = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const sitePath: Schema = { type: 'string', pattern: '^/' };

function record(description: string, required: Record<string, Schema>, optional: Record<string, Schema> = {}): Schema {
  return {
    type: 'object',
    description,
    required: Object.keys(required),
    properties: { ...required, ...optional },
    additionalProperties: true,
  };
}

const evidence: Schema = record(
  'Why a surface form was put on this actor.',
  { rule: str, alias: str, into: str, source: str, sentence: { type: 'integer', minimum: 0 } },
  { detail: str },
);

const source = record(
  'One input article.',
  {
    id: nonEmpty,
    file: { ...nonEmpty, description: 'The input file name exactly as in the sources folder.' },
    title: strOrNull,
    outlet: strOrNull,
    published: { ...dayOrNull, description: 'YYYY-MM-DD or null when the text does not establish it.' },
    wire: strOrNull,
    dateline: strOrNull,
    url: strOrNull,
    report: { ...nonEmpty, description: 'Id of the underlying report: copies of one story share it.' },
    url_path: sitePath,
  },
  {
    page_date: dayOrNull,
    published_basis: strOrNull,
    word_count: { type: 'integer', minimum: 0 },
  },
);

const actor = record(
  'A person, organisation or place, merged across sources.',
  {
    id: nonEmpty,
    name: nonEmpty,
    type: { type: 'string', enum: ['person', 'organization', 'place'] },
    aliases: { type: 'array', items: str, minItems: 1, description: 'Every surface form seen, exactly as written.' },
    mentions: {
      type: 'array',
      minItems: 1,
      items: record('Mentions in one source.', { source: str, count: { type: 'integer', minimum: 0 } }),
    },
    url_path: sitePath,
  },
  {
    roles: ids,
    description: strOrNull,
    affiliations: { type: 'array', items: record('A link to another actor.', { relation: str, actor: str }) },
    portrait: strOrNull,
    evidence: { type: 'array', items: evidence },
  },
);

const claim = {
  ...record(
    'Who said, alleged, threatened or denied what, in one source.',
    {
      id: nonEmpty,
      kind: { ...nonEmpty, examples: ['quote', 'statement', 'accusation', 'threat', 'warning', 'denial', 'demand', 'responsibility'] },
      direct: { type: 'boolean' },
      speaker: strOrNull,
      speaker_label: str,
      targets: ids,
      text: nonEmpty,
      source: nonEmpty,
      sentence: nonEmpty,
      cluster: nonEmpty,
      independent_reports: { type: 'integer', minimum: 1 },
    },
    {
      sentence_n: { type: 'integer', minimum: 0 },
      grade: { type: 'string', enum: ['confirmed', 'reported-once', 'contradicted', 'repeated-by-copies'] },
    },
  ),
  // A claim without a resolved speaker still says who spoke, as the source describes them.
  if: { properties: { speaker: { type: 'null' } } },
  then: { properties: { speaker_label: nonEmpty } },
};

const event = record(
  'Something that happened, merged across sources.',
  {
    id: nonEmpty,
    date: partialDate,
    type: nonEmpty,
    title: str,
    actors: ids,
    places: ids,
    sources: { ...ids, minItems: 1 },
    independent_reports: { type: 'integer', minimum: 0 },
    url_path: sitePath,
  },
  {
    precision: { type: 'string', enum: ['day', 'month', 'year'] },
    accounts: {
      type: 'array',
      items: record(
        'How one source tells it.',
        { source: str },
        { sentence_n: { type: 'integer', minimum: 0 }, sentence: str, date: { type: ['string', 'null'] }, date_text: strOrNull },
      ),
    },
  },
);

const discrepancy = record(
  'Where independent reports disagree.',
  { id: nonEmpty, topic: str, claims: ids, sources: ids },
  {
    sides: {
      type: 'array',
      items: record('One side of the disagreement.', { value: str }, { sources: ids, claims: ids, sentences: { type: 'array' } }),
    },
    actors: ids,
  },
);

/** Kinds of who-against-whom relation the contract allows. */
export const RELATION_KINDS = ['accuses', 'threatens', 'demands', 'attacks', 'arrests', 'sanctions', 'condemns'];

const relation = record(
  'Who acts or speaks against whom, as one source states it.',
  {
    id: nonEmpty,
    kind: { type: 'string', enum: RELATION_KINDS },
    from: { ...nonEmpty, description: 'Actor id: the one who acts or speaks.' },
    to: { ...nonEmpty, description: 'Actor id: the one acted on or spoken against.' },
    source: nonEmpty,
    sentence_n: { type: 'integer', minimum: 0 },
    evidence: { ...nonEmpty, description: 'The sentence (or clause) that states it, as in the cleaned source text.' },
    claim: { ...strOrNull, description: 'Claim id it comes from, or null.' },
    event: { ...strOrNull, description: 'Event id of the same happening told in that sentence, or null.' },
    independent_reports: { type: 'integer', minimum: 1 },
  },
  { verb: { ...str, description: 'The verb (or noun) the source uses, e.g. "accused", "was arrested by".' } },
);

/** The schema object; `JSON.stringify(dossierSchema(), null, 2)` is what the build writes. */
export function dossierSchema(siteUrl: string | null = null): Schema {
  const base = siteUrl ? siteUrl.replace(/\/+$/, '') : null;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(base ? { $id: `${base}/data/dossier.schema.json` } : {}),
    title: 'Dossier export (data/dossier.json)',
    description:
      'Sources, actors, claims, events, discrepancies and relations (who against whom) of a briefing dossier. Contract fields are required; other fields may be added at any time.',
    type: 'object',
    required: ['sources', 'actors', 'claims', 'events', 'discrepancies', 'relations'],
    properties: {
      sources: { type: 'array', items: { $ref: '#/$defs/source' } },
      actors: { type: 'array', items: { $ref: '#/$defs/actor' } },
      claims: { type: 'array', items: { $ref: '#/$defs/claim' } },
      events: { type: 'array', items: { $ref: '#/$defs/event' } },
      discrepancies: { type: 'array', items: { $ref: '#/$defs/discrepancy' } },
      relations: { type: 'array', items: { $ref: '#/$defs/relation' } },
    },
    additionalProperties: true,
    $defs: { source, actor, claim, event, discrepancy, relation },
  };
}
