// Digests of the dossier's records, for the data files' pieces (export-pieces.ts): equal digests mean equal
// JSON. The page fingerprints (incremental.ts) already hash the JSON of every claim and event card and of
// every actor's view, each of which holds its record whole: those hashes are taken over (`cover`) instead of
// serialising 55,000 records a second time; the other records are hashed here.
import { hash } from 'node:crypto';

/** Hex digits kept of a digest: 128 bits, far from any collision among a corpus's records. */
const KEPT = 32;

export class RecordDigests {
  private readonly known = new Map<object, string>();

  /**
   * `digest` is the hash of a JSON text that holds `record`'s JSON whole (a card or view made from it, never
   * changed afterwards): equal digests mean equal records.
   */
  cover(record: object, digest: string): void {
    this.known.set(record, digest.slice(0, KEPT));
  }

  /** The record's digest: the covering one, else a hash of its JSON (kept for the record's next look-up). */
  of(record: unknown): string {
    if (record !== null && typeof record === 'object') {
      let d = this.known.get(record);
      if (d === undefined) {
        d = digestText(JSON.stringify(record));
        this.known.set(record, d);
      }
      return d;
    }
    return digestText(String(JSON.stringify(record)));
  }
}

/** A digest of a text (JSON.stringify's text is well-formed, so its UTF-8 is lossless). */
export function digestText(text: string): string {
  return hash('sha256', text).slice(0, KEPT);
}
