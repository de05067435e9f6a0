// A memo of a pure function kept in the cache folder between builds: a rebuild after one article changed
// calls the function again only for inputs it has not seen (the summary words some 30,000 claims as clauses,
// the same ones build after build). A key is exactly the function's inputs (a string the caller makes, or the
// inputs as a JSON value compared part by part: MemoKeys); the file is named after a hash of the function's
// code (its module and every module that module imports), so editing that code starts a new memo instead of
// returning what the old code made.
//
// The file is a log of lines "[key, value]," (JSON): a build appends what it computed, and rewrites the file with
// only the entries it used when the log holds more than twice as many (so it stays bounded by what one build
// uses). A line that does not parse, or is not a [key, value] pair the caller accepts, is ignored.
// Lines are written in ASCII (other characters as JSON escapes): a log of plain ASCII is read as one-byte
// text, several times faster than decoding UTF-8 (the claim clauses' log is 13 MB of quoted sentences); a
// log with other bytes (written by an earlier version) is decoded as UTF-8 and rewritten once.
import fs from 'node:fs';
import path from 'node:path';
import { isAscii } from 'node:buffer';

export interface PersistentMemo<V, K = string> {
  /** The value for `key`: the remembered one, else `compute()` (remembered). */
  get(key: K, compute: () => V): V;
  /** Writes what this build computed (appended) or, when the log has grown past twice what was used, only what was used. Never throws. */
  save(): void;
  /** Calls of get answered from the memo, and computed. */
  readonly stats: { hits: number; misses: number };
}

/**
 * How a memo tells its keys apart. A key is any JSON value: the memo indexes it by a string (`bucket`, for
 * a string key the key itself) and compares the keys of a bucket with `same`. A key made of several inputs
 * is then looked up without being serialised: the claim clauses' keys are the claim's sentence (the
 * bucket) and a few words and flags, where a serialised key cost more than wording the claim again.
 */
export interface MemoKeys<K> {
  bucket(key: K): string;
  same(a: K, b: K): boolean;
  /** Whether a key read from the file is one (a line with another key is ignored). */
  valid(key: unknown): key is K;
}

const STRING_KEYS: MemoKeys<string> = { bucket: (k) => k, same: (a, b) => a === b, valid: (k): k is string => typeof k === 'string' };

/**
 * A memo kept in `<dir>/<name>-<version>.jsonl` (no file when `dir` is null). `valid` checks a value read
 * from the file (a value that fails it is computed again). Files of the same name with another version (and
 * rewrites left unfinished) are removed when the memo is saved. Keys are strings unless `keys` says otherwise.
 */
export function persistentMemo<V>(dir: string | null, name: string, version: string, valid: (v: unknown) => v is V): PersistentMemo<V>;
export function persistentMemo<V, K>(dir: string | null, name: string, version: string, valid: (v: unknown) => v is V, keys: MemoKeys<K>): PersistentMemo<V, K>;
export function persistentMemo<V, K>(dir: string | null, name: string, version: string, valid: (v: unknown) => v is V, keys = STRING_KEYS as unknown as MemoKeys<K>): PersistentMemo<V, K> {
  const file = dir ? path.join(dir, `${name}-${version}.jsonl`) : null;
  const known = new Map<string, [K, V][]>();
  /** The entry of `key` in a bucket's list. */
  const find = (list: [K, V][] | undefined, key: K): [K, V] | undefined => {
    if (list) for (const e of list) if (keys.same(e[0], key)) return e;
    return undefined;
  };
  const addTo = (map: Map<string, [K, V][]>, bucket: string, entry: [K, V]) => {
    const list = map.get(bucket);
    if (list) list.push(entry);
    else map.set(bucket, [entry]);
  };
  let lines = 0;
  /** The log does not end with a whole line (an interrupted write): it is rewritten, not appended to. */
  let cut = false;
  /** The log holds bytes that are not ASCII: it is rewritten (in ASCII), not appended to. */
  let wide = false;
  if (file) {
    let text = '';
    try {
      const bytes = fs.readFileSync(file);
      wide = !isAscii(bytes);
      text = bytes.toString(wide ? 'utf8' : 'latin1');
    } catch {
      // no memo yet (or unreadable): everything is computed
    }
    cut = text.length > 0 && !text.endsWith(',\n');
    const add = (entry: unknown) => {
      if (Array.isArray(entry) && entry.length === 2 && keys.valid(entry[0]) && valid(entry[1])) addTo(known, keys.bucket(entry[0]), entry as [K, V]);
    };
    let entries: unknown[] | null = null;
    try {
      // each line is "[key,value],": the whole log parses as one array (fast), else line by line
      entries = text && !cut ? (JSON.parse(`[${text.slice(0, -2)}]`) as unknown[]) : null;
    } catch {
      entries = null;
    }
    if (entries) {
      lines = entries.length;
      for (const e of entries) add(e);
    } else {
      for (const line of text.split('\n')) {
        if (!line) continue;
        lines++;
        try {
          add(JSON.parse(line.replace(/,$/, '')));
        } catch {
          // a line cut short or damaged: ignored
        }
      }
    }
  }
  const used = new Map<string, [K, V][]>();
  let usedCount = 0;
  const fresh: [K, V][] = [];
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    get(key, compute) {
      const bucket = keys.bucket(key);
      const seen = find(used.get(bucket), key);
      if (seen) return seen[1];
      // keys are long (a claim's sentence and more): the kept entry is looked up once, not tested then read
      let entry = find(known.get(bucket), key);
      if (entry) {
        stats.hits++;
      } else {
        entry = [key, compute()];
        fresh.push(entry);
        stats.misses++;
      }
      addTo(used, bucket, entry);
      usedCount++;
      return entry[1];
    },
    save() {
      if (!file) return;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        for (const f of fs.readdirSync(path.dirname(file))) {
          // other versions, and a rewrite an interrupted build left
          if (f.startsWith(`${name}-`) && (f.endsWith('.jsonl') || f.endsWith('.tmp')) && f !== path.basename(file)) fs.rmSync(path.join(path.dirname(file), f), { force: true });
        }
        const toLine = (entry: [K, V]) => `${asciiJson(entry)},\n`;
        if (cut || wide || lines + fresh.length > 2 * Math.max(usedCount, 1)) {
          const tmp = `${file}.${process.pid}.tmp`;
          fs.writeFileSync(tmp, [...used.values()].flat(1).map(toLine).join(''));
          fs.renameSync(tmp, file);
        } else if (fresh.length) {
          fs.appendFileSync(file, fresh.map(toLine).join(''));
        }
      } catch {
        // a memo that cannot be written only costs the next build the computation
      }
    },
  };
}

/** JSON with every character outside ASCII escaped (\uXXXX): it parses to the same value. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
