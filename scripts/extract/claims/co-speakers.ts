// "X and Y said Z must resign": each of them said it. A reported claim whose reporting verb has a
// coordinated subject is given to each named member of it, one claim per speaker, so every speaker's page
// and relations carry what they said.
import { referents } from '../referents.ts';
import type { ClaimDraft, Ctx } from './context.ts';
import { segAt } from './doc.ts';

/** `claims` with a copy of each reported claim for every other speaker its verb's subject names. */
export function withCoSpeakers(ctx: Ctx, claims: ClaimDraft[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const c of claims) {
    out.push(c);
    if (c.direct || c.speaker === null || !c.verb) continue;
    const seg = segAt(ctx.doc, c._start);
    const r = ctx.readings.get(seg.n);
    const at = c._start - seg.start;
    const cl = r?.clauses.find((q) => q.verb.start <= at && at < q.verb.end);
    if (!r || !cl || !cl.subject || cl.subject.link !== 'and') continue;
    const scope = ctx.scope();
    const others = referents(scope, seg.n, r, cl.subject, 'agent').filter((k) => k !== c.speaker && scope.entities.get(k)?.type !== 'place');
    if (!others.length || !referents(scope, seg.n, r, cl.subject, 'agent').includes(c.speaker)) continue;
    for (const k of others) {
      const e = scope.entities.get(k)!;
      out.push({ ...c, speaker: k, speaker_label: e.name, _type: e.type });
    }
  }
  return out;
}
