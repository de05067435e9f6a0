// Whether one path lies inside another, by real paths: a symbolic link is judged by where it leads, so a
// link in the sources folder cannot publish a file from elsewhere, and `--out` cannot reach the sources
// through a link.
import fs from 'node:fs';
import path from 'node:path';

/** True when `child` is `parent` or lies inside it (both absolute, already resolved). */
export function isWithin(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * The real path of `p`, also when it does not exist yet: the real path of its nearest existing ancestor
 * joined with the rest (so "--out new/site" is compared by where it will be).
 */
export function realPathOf(p: string): string {
  const abs = path.resolve(p);
  let existing = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return abs;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

/**
 * Where a file really is, relative to the folder it must stay in: 'inside', 'outside' (a symbolic link,
 * or a path through one, that leads elsewhere) or 'missing' (nothing there, or a broken link).
 */
export function realPlace(folderReal: string, file: string): { place: 'inside' | 'outside' | 'missing'; real: string | null } {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return { place: 'missing', real: null };
  }
  return { place: isWithin(folderReal, real) ? 'inside' : 'outside', real };
}
