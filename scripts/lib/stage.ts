// Error boundaries: one per stage. A stage does not catch its own errors — a bug, or an input no rule
// foresaw, would otherwise turn into a silently empty section. The stage runners (extract/extract.ts per
// article, assemble/assemble.ts per cross-source stage) run each stage here instead: an unexpected error
// becomes one line naming the stage, and the runner decides whether the build goes on without that
// stage's output (a warning) or stops (where going on would publish something wrong).

/** The outcome of a stage run at its boundary. */
export type StageRun<T> = { ok: true; value: T } | { ok: false; failure: string };

/** "claims stage failed (TypeError: x is undefined)": the stage and the first line of the error. */
export function stageFailure(stage: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const kind = err instanceof Error && err.name && err.name !== 'Error' ? `${err.name}: ` : '';
  return `${stage} stage failed (${kind}${message.split('\n')[0]})`;
}

/** Runs one stage; an error thrown inside it comes back as `failure`, never as an exception. */
export function runStage<T>(stage: string, run: () => T): StageRun<T> {
  try {
    return { ok: true, value: run() };
  } catch (err) {
    return { ok: false, failure: stageFailure(stage, err) };
  }
}

/**
 * Runs a stage whose output the build can do without: on an unexpected error, `report` gets one line
 * (the failure and what is left out, e.g. "...; the article's claims are left out") and the result is
 * `fallback`.
 */
export function runStageOr<T>(stage: string, run: () => T, fallback: T, leftOut: string, report: (line: string) => void): T {
  const r = runStage(stage, run);
  if (r.ok) return r.value;
  report(`${r.failure}; ${leftOut}`);
  return fallback;
}
