// A claim's kind (accusation, threat, denial ...): the reporting verb's, with a vow or a statement whose
// words threaten read as a threat.
import type { ClaimKind } from '../../lib/types.ts';
import { THREAT_CONTENT, THREAT_VOW } from '../../language/lexicon/speech.ts';
import type { Verb } from './verbs.ts';

export function directKind(v: Verb | null, text: string, after: string): ClaimKind {
  if (!v) return THREAT_CONTENT.test(text) ? 'threat' : 'quote';
  if (/^(?:vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|promise|promised)$/.test(v.form) && THREAT_VOW.test(after)) return 'threat';
  if (v.kind === 'statement') return THREAT_CONTENT.test(text) ? 'threat' : 'quote';
  return v.kind;
}

export function indirectKind(v: Verb, after: string, content: string): ClaimKind {
  if (/^(?:vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|promise|promised)$/.test(v.form) && THREAT_VOW.test(after)) return 'threat';
  if (v.kind === 'statement' && THREAT_CONTENT.test(content)) return 'threat';
  return v.kind;
}
