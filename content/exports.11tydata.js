// content/exports.njk's data (a template data file rather than JavaScript front matter, which Eleventy parses
// with acorn on every build: ~0.2 s of cold parser code; a data file is imported as a module).
// The downloads page. Counts are taken from the same data the export files are written from
// (scripts/site/exports.ts), so the page and the files agree.
const layout = "layouts/base.njk";
const title = "Exports";
const pageKind = "exports";
const permalink = "/exports/";
const eleventyComputed = {
  exportCounts(data) {
    const d = data.dossier || {};
    const list = (v) => (Array.isArray(v) ? v.filter((x) => x != null) : []);
    const isDay = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v + "T00:00:00Z")) && new Date(v + "T00:00:00Z").toISOString().startsWith(v);
    const events = list(d.events);
    const day = events.filter((e) => typeof e === "object" && (e.precision === undefined || e.precision === "day") && isDay(e.date)).length;
    let nodes, edges;
    if (data.network && typeof data.network.nodes === "number") {
      // The /network/ page's data (scripts/site/network-page.ts networkPage): node count and all edges between known nodes.
      nodes = data.network.nodes;
      edges = typeof data.network.totalEdges === "number" ? data.network.totalEdges : list(data.network.edges).length;
    } else if (data.network && Array.isArray(data.network.nodes)) {
      nodes = list(data.network.nodes).length;
      const known = new Set(list(data.network.nodes).map((n) => n.id));
      edges = list(data.network.edges).filter((e) => typeof e === "object" && known.has(e.source) && known.has(e.target)).length;
    } else {
      // Same fallback as exports.ts: actors linked when they take part in the same event.
      const actors = new Set(list(d.actors).map((a) => a && a.id));
      const pairs = new Set();
      for (const e of events) {
        if (typeof e !== "object") continue;
        const ids = [...new Set([...list(e.actors), ...list(e.places)])].filter((id) => actors.has(id)).sort();
        for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.add(ids[i] + "--" + ids[j]);
      }
      nodes = actors.size;
      edges = pairs.size;
    }
    return {
      sources: list(d.sources).length, actors: list(d.actors).length, claims: list(d.claims).length,
      events: events.length, dayEvents: day, otherEvents: events.length - day,
      discrepancies: list(d.discrepancies).length, nodes, edges,
    };
  },
};

export default { layout, title, pageKind, permalink, eleventyComputed };
