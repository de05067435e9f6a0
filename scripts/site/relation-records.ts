// The relation records of dossier.json (../shared/CONTRACT.md `relations`: who accuses, threatens, demands,
// attacks, arrests, sanctions or condemns whom, one record per stating sentence), read by the summary,
// the actor pages and the network. A dossier from before them has none: its who-against-whom is derived
// from the claims and events instead (summary-acts.ts).
import type { Dossier } from '../lib/types.ts';

export type RelationKind = 'accuses' | 'threatens' | 'demands' | 'attacks' | 'arrests' | 'sanctions' | 'condemns';

export interface RelationRecordView {
  id: string;
  kind: RelationKind | string;
  from: string;
  to: string;
  source: string;
  sentence_n: number;
  evidence: string;
  claim: string | null;
  event: string | null;
  independent_reports: number;
  /** The verb as written ("accused", "was arrested by"), when the build records it. */
  verb?: string;
}

/** The dossier's relation records; empty when the dossier has none (a build from before them). */
export function relationRecords(dossier: Dossier): RelationRecordView[] {
  const r = (dossier as Dossier & { relations?: unknown }).relations;
  return Array.isArray(r) ? (r as RelationRecordView[]) : [];
}

/** True when the dossier carries relation records (even an empty list). */
export function hasRelationRecords(dossier: Dossier): boolean {
  return Array.isArray((dossier as Dossier & { relations?: unknown }).relations);
}
