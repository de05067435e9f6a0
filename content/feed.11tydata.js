// content/feed.njk's data (a template data file rather than JavaScript front matter, which Eleventy parses
// with acorn on every build: ~0.2 s of cold parser code; a data file is imported as a module).
// Atom feed of sources and events, newest first. Dates come from the data (never the clock) so the same
// dossier gives the same feed; entries of equal date keep a fixed order (kind, then id). Characters XML
// cannot carry are dropped here, since autoescaping only handles & < > " '.
const permalink = "/feed.xml";
const eleventyExcludeFromCollections = true;
const eleventyComputed = {
  feed(data) {
    const clean = (v) => (v == null ? "" : String(v)).replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
    const toDate = (v) => {
      const m = typeof v === "string" ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(v) : null;
      if (!m) return null;
      const t = new Date(Date.UTC(Number(m[1]), Number(m[2] || 1) - 1, Number(m[3] || 1)));
      return Number.isNaN(t.getTime()) ? null : t;
    };
    // Eleventy first calls this with a proxy of the data to see what it reads: take nothing for granted.
    const list = (v) => (Array.isArray(v) ? v.filter((x) => x && typeof x === "object") : []);
    const d = data.dossier || {};
    const site = data.site || {};
    // site.url is the public root, base path included (scripts/site/addresses.ts publicRoot).
    const base = String(site.url || `https://example.org${site.basePath || "/"}`).replace(/\/+$/, "") + "/";
    const rel = (p) => String(p || "").replace(/^\/+/, "");
    const names = new Map(list(d.actors).map((a) => [a.id, a.name]));
    // A source without a headline is shown under the site's display title (its first words), as on its page.
    const shown = new Map(list(data.views && data.views.sources).map((v) => [v.id, v.title]));
    // The article's own address, as the pages link it: only http(s) (scripts/lib/url-safety.ts, applied in the views).
    const linkOf = new Map(list(data.views && data.views.sources).map((v) => [v.id, v.url]));
    const entries = [];
    for (const s of list(d.sources)) {
      entries.push({
        kind: "source", id: s.id, date: toDate(s.published), path: rel(s.url_path),
        title: clean(s.title || shown.get(s.id) || s.file || s.id), author: clean(s.outlet || s.wire || ""),
        summary: clean([s.outlet, s.wire && s.wire !== s.outlet ? `(${s.wire})` : "", s.published ? `published ${s.published}` : "publication date unknown", s.dateline ? `dateline ${s.dateline}` : ""].filter(Boolean).join(" ")),
        original: typeof linkOf.get(s.id) === "string" ? clean(linkOf.get(s.id)) : null,
      });
    }
    for (const e of list(d.events)) {
      const who = (Array.isArray(e.actors) ? e.actors : []).map((id) => names.get(id) || id);
      entries.push({
        kind: "event", id: e.id, date: toDate(e.date), path: rel(e.url_path),
        title: clean(e.title || e.type || e.id), author: "",
        summary: clean(`${e.type || "event"} on ${e.date}; ${(Array.isArray(e.sources) ? e.sources.length : 0)} source(s), ${e.independent_reports} independent report(s)${who.length ? `; ${who.join(", ")}` : ""}.`),
        original: null,
      });
    }
    const dated = entries.filter((x) => x.date);
    const newest = dated.reduce((m, x) => (x.date > m ? x.date : m), new Date(0));
    // Undated entries go last and carry the feed's date: Atom requires an `updated` on every entry.
    const undated = new Set(entries.filter((x) => !x.date));
    for (const x of entries) if (!x.date) x.date = newest;
    entries.sort((a, b) =>
      (undated.has(a) - undated.has(b)) || (b.date - a.date) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { base, title: clean(site.title || "Dossier"), updated: newest, entries };
  },
};

export default { permalink, eleventyExcludeFromCollections, eleventyComputed };
