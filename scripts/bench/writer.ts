// The writing of one generated article: the sentinels for quote marks, how dates are written, and the
// Writer, which knows which actors an article has already introduced and in which spelling.
import { MONTH_NAMES } from '../lib/months.ts';
import { type Rng, int, pick, chance } from './rng.ts';
import type { Cast, Person, Org, Place, Outlet } from './cast.ts';

// Sentinels for quote marks and apostrophes: replaced by each outlet's house style at render time,
// so one wire story can appear with curly quotes on one outlet and straight ones on another.
export const OQ = '\u0001';
export const CQ = '\u0002';
export const AP = '\u0003';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const DAY_MS = 86_400_000;

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** How an event date is written: absolute, or relative to the publication date ("on Sunday", "last week", "in March"). */
function when(rng: Rng, pub: Date, day: number): string {
  const pubDay = Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate());
  const k = Math.max(0, Math.round((pubDay - day) / DAY_MS));
  const e = new Date(day);
  const wd = WEEKDAYS[e.getUTCDay()];
  const mon = MONTH_NAMES[e.getUTCMonth()];
  const dd = e.getUTCDate();
  if (chance(rng, 0.3)) return pick(rng, [`on ${dd} ${mon}`, `on ${mon} ${dd}`, `on ${mon} ${dd}, ${e.getUTCFullYear()}`, `on ${wd}, ${mon} ${dd}`]);
  if (k === 0) return pick(rng, ['today', 'earlier today', 'on ' + wd]);
  if (k === 1) return pick(rng, ['yesterday', `on ${wd}`, `on ${wd} night`]);
  if (k < 7) return pick(rng, [`on ${wd}`, `on ${wd}`, `on ${wd} evening`, `on ${mon} ${dd}`]);
  if (k < 14) return pick(rng, ['last week', `on ${dd} ${mon}`, `on ${mon} ${dd}`]);
  if (e.getUTCMonth() === pub.getUTCMonth()) return pick(rng, ['earlier this month', `on ${dd} ${mon}`]);
  return pick(rng, [`in ${mon}`, `on ${mon} ${dd}, ${e.getUTCFullYear()}`, `in ${dd <= 10 ? 'early' : dd >= 20 ? 'late' : 'mid-'}${dd > 10 && dd < 20 ? '' : ' '}${mon}`]);
}

/** Per-article writing state: which actors were already introduced, in which spelling. */
export class Writer {
  private introduced = new Set<Person>();
  private orgsIntroduced = new Set<Org>();
  constructor(
    readonly rng: Rng,
    readonly cast: Cast,
    readonly outlet: Outlet,
    readonly pub: Date,
    readonly agency: string | null,
  ) {}

  /** The outlet's habitual spelling of a surname, with an occasional inconsistency inside one article. */
  surname(p: Person): string {
    const forms = [p.surname, ...p.variants];
    let v = this.outlet.spelling % forms.length;
    if (chance(this.rng, 0.05)) v = int(this.rng, 0, forms.length - 1);
    return forms[v];
  }

  /** First mention: title + full name; later: surname only (article dropped half the time) or pronoun. */
  person(p: Person, allowPronoun = false): string {
    if (!this.introduced.has(p)) {
      this.introduced.add(p);
      return `${p.title ? p.title + ' ' : ''}${p.given} ${this.surname(p)}`;
    }
    if (allowPronoun && chance(this.rng, 0.3)) return p.female ? 'she' : 'he';
    const s = this.surname(p);
    if (chance(this.rng, 0.5)) {
      const bare = s.replace(/^(?:al|Al|el)-/, '');
      return cap(bare);
    }
    return s;
  }

  /** Person with role apposition on first mention ("Dr. X Y, a researcher at the ..."). */
  personWithRole(p: Person): string {
    const first = !this.introduced.has(p);
    const name = this.person(p);
    return first ? `${name}, ${p.role},` : name;
  }

  isIntroduced(p: Person): boolean {
    return this.introduced.has(p);
  }

  /** Organisation: acronym defined on first mention, then used. */
  org(o: Org): string {
    if (!this.orgsIntroduced.has(o)) {
      this.orgsIntroduced.add(o);
      return o.acronym ? `the ${o.name} (${o.acronym})` : `the ${o.name}`;
    }
    if (o.acronym) return `the ${o.acronym}`;
    if (o.kind === 'ministry') return `the ${o.name.replace('Ministry of ', '').toLowerCase()} ministry`;
    return `the ${o.name}`;
  }

  place(p: Place): string {
    if (p.variants.length && this.outlet.spelling > 0) return p.variants[(this.outlet.spelling - 1) % p.variants.length];
    return p.name;
  }

  when(day: number): string {
    return when(this.rng, this.pub, day);
  }
}

const NUM_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A count as the press writes it: small numbers in words (sometimes), others in digits. */
export function num(rng: Rng, n: number): string {
  return n <= 12 && chance(rng, 0.6) ? NUM_WORDS[n] : String(n);
}
export const bareSurname = (s: string): string => cap(s.replace(/^(?:al|Al|el)-/, ''));
