// Quotes and reported speech on a devset-format set.
// Direct quotes are counted as score-devset.py's score_quotes: a gold quote is found when some claim of
// its source (direct or not) has a normalised text containing the first 30 normalised characters of the
// gold text; its speaker is right when one of those claims has a speaker actor carrying a surface of the
// gold speaker (or of `speaker_alt`), or, for a speaker with no surfaces (unnamed), when one of them has
// a speaker label. Fragments (1-4 quoted words inside reported speech) are also reported apart.
// Reported speech: a gold item is found when a claim of its source that is NOT a direct quote has the
// gold text's normalised start (30 characters) in its text or in its sentence; speaker as for quotes.

import type { DevArticle, DevSet, DevSpeech } from './devset-gold.ts';
import { devNames, devNorm, devNormStart, intersects, pyList, pyRepr } from './devset-norm.ts';
import type { DossierView, ViewActor, ViewClaim } from './dossier-view.ts';
import { ratio, type Ratio } from './score.ts';

export interface SpeechMiss {
  file: string;
  text: string;
  /** Absent: not found. Present: found, with the speakers predicted for it (actor id, else label, as
   * score-devset.py prints them). */
  predicted?: string[];
  /** The same with actor names instead of ids. */
  predicted_names?: string[];
  speaker: string;
}
export interface SpeechFamily {
  found: Ratio;
  speaker: Ratio;
  misses: SpeechMiss[];
}
export interface QuoteFamily {
  all: SpeechFamily;
  /** Quotes that are not fragments. */
  full: SpeechFamily;
  fragments: SpeechFamily;
  reported: SpeechFamily;
}

type Match = (c: ViewClaim) => boolean;

function surfacesOf(art: DevArticle): Map<string, Set<string>> {
  return new Map(art.actors.map((x) => [x.name, new Set(x.surface.map(devNorm))]));
}

function scoreSpeech(
  g: DevSet,
  d: DossierView,
  items: (a: DevArticle) => DevSpeech[],
  finder: (claims: ViewClaim[], want: string) => ViewClaim[],
): SpeechFamily {
  const src = new Map(d.sources.map((s) => [s.file, s]));
  const actors = new Map(d.actors.map((a) => [a.id, a]));
  const bySource = new Map<string, ViewClaim[]>();
  for (const c of d.claims) {
    let l = bySource.get(c.source);
    if (!l) bySource.set(c.source, (l = []));
    l.push(c);
  }
  let n = 0, found = 0, right = 0;
  const misses: SpeechMiss[] = [];
  for (const art of g.articles) {
    const s = src.get(art.file);
    const surfaces = surfacesOf(art);
    const claims = s ? (bySource.get(s.id) ?? []) : [];
    for (const q of items(art)) {
      n++;
      const hits = finder(claims, devNormStart(q.text));
      if (!hits.length) {
        misses.push({ file: art.file, text: q.text, speaker: q.speaker });
        continue;
      }
      found++;
      const ok = new Set([...(surfaces.get(q.speaker) ?? []), ...(q.speaker_alt ? (surfaces.get(q.speaker_alt) ?? []) : [])]);
      const good: Match = (cl) => {
        if (ok.size) {
          const a: ViewActor | undefined = cl.speaker ? actors.get(cl.speaker) : undefined;
          return !!a && intersects(devNames(a), ok);
        }
        return !!cl.speaker_label;
      };
      if (hits.some(good)) right++;
      else
        misses.push({
          file: art.file,
          text: q.text,
          speaker: q.speaker,
          predicted: hits.map((cl) => cl.speaker || cl.speaker_label || ''),
          predicted_names: hits.map((cl) => (cl.speaker ? (actors.get(cl.speaker)?.name ?? cl.speaker) : (cl.speaker_label ?? ''))),
        });
    }
  }
  return { found: ratio(found, n), speaker: ratio(right, n), misses };
}

/** score-devset.py: any claim of the source whose normalised text contains the gold start. */
const quoteFinder = (claims: ViewClaim[], want: string) => claims.filter((c) => devNorm(c.text).includes(want));
/** Reported speech: a non-direct claim whose text or sentence contains the gold start. */
const reportedFinder = (claims: ViewClaim[], want: string) =>
  claims.filter((c) => !c.direct && (devNorm(c.text).includes(want) || devNorm(c.sentence).includes(want)));

export function scoreQuoteFamily(d: DossierView, g: DevSet): QuoteFamily {
  return {
    all: scoreSpeech(g, d, (a) => a.quotes, quoteFinder),
    full: scoreSpeech(g, d, (a) => a.quotes.filter((q) => !q.fragment), quoteFinder),
    fragments: scoreSpeech(g, d, (a) => a.quotes.filter((q) => q.fragment), quoteFinder),
    reported: scoreSpeech(g, d, (a) => a.reported, reportedFinder),
  };
}

/** Miss lines in score-devset.py's wording ("missing quote", "wrong speaker for ..."). */
export function speechLines(f: SpeechFamily, what: string): string[] {
  return f.misses.map((m) =>
    m.predicted === undefined
      ? `${m.file.slice(0, 2)} missing ${what}: ${m.text}`
      : `${m.file.slice(0, 2)} wrong speaker for ${pyRepr(m.text)}: ${pyList(m.predicted)}`,
  );
}
