// URL-safe ids. Latin letters with diacritics are folded to ASCII; other scripts are kept as
// lower-case letters (URLs allow them) so names in any script still get a readable id.
export function slugify(text: string, fallback = 'item'): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼʻ`]/g, '')
    .toLowerCase();
  const slug = folded
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** Gives each key a unique slug: the second "x" becomes "x-2", and so on. Order of calls decides. */
export class SlugAllocator {
  private used = new Set<string>();
  take(text: string, fallback = 'item'): string {
    const base = slugify(text, fallback);
    let slug = base;
    for (let i = 2; this.used.has(slug); i++) slug = `${base}-${i}`;
    this.used.add(slug);
    return slug;
  }
  reserve(slug: string): void {
    this.used.add(slug);
  }
}
