// Reading an Atom feed back and checking the RFC 4287 rules a feed reader relies on.
import { expect } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ATOM = 'http://www.w3.org/2005/Atom';

export function parseAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['entry', 'link'].includes(n) }).parse(xml);
  return doc.feed;
}

/** The Atom (RFC 4287) rules a reader relies on: ids, titles, updated and links on the feed and every entry. */
export function checkAtom(feed: any): void {
  expect(feed['@xmlns']).toBe(ATOM);
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  for (const k of ['id', 'title', 'updated']) expect(feed[k], k).toBeTruthy();
  expect(feed.updated).toMatch(rfc3339);
  expect(() => new URL(feed.id)).not.toThrow();
  expect(feed.link.some((l: any) => l['@rel'] === 'self' && l['@href'].endsWith('/feed.xml'))).toBe(true);
  expect(feed.author?.name).toBeTruthy(); // feed-level author covers entries without one
  const ids = new Set<string>();
  for (const e of feed.entry ?? []) {
    for (const k of ['id', 'title', 'updated']) expect(e[k], `entry ${k}`).toBeTruthy();
    expect(e.updated).toMatch(rfc3339);
    expect(() => new URL(e.id)).not.toThrow();
    expect(e.link.some((l: any) => l['@rel'] === 'alternate' && /^https?:\/\//.test(l['@href']))).toBe(true);
    expect(ids.has(e.id)).toBe(false);
    ids.add(e.id);
  }
}
