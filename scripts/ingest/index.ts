// Entry point of the per-article ingest stages: read -> decode -> clean -> metadata.
// (Being written; see issue 2.)
export {};
