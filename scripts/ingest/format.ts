// A source file's format, from its name. Apart from decode.ts, whose HTML reader (linkedom, Readability:
// ~0.3 s to load) only the per-article stage needs: listing a sources folder needs no more than this.
import type { SourceFormat } from '../lib/types.ts';

export function formatOf(file: string): SourceFormat | null {
  const ext = /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}
