// The error boundary of each stage of the site build (lib/stage.ts, as in extract and assemble). A stage
// does not catch its own errors; buildSite runs it here. An expected failure (a full disk, a read-only
// folder: failure-message.ts) passes as it is, for its own one line. Any other error either becomes one
// warning naming the stage, and the build goes on without that stage's output (optionalStage), or stops
// the build with one line naming the stage (requiredStage), where going on would publish something wrong.
import { stageFailure } from '../lib/stage.ts';
import { failureMessage, StageError } from './failure-message.ts';

const expected = (err: unknown) => failureMessage(err).expected;

/** A stage the site is worth publishing without: on an unexpected error, `warn` gets "<stage> stage failed (...); <leftOut>" and the result is `fallback()`. */
export async function optionalStage<T>(stage: string, run: () => T | Promise<T>, fallback: () => T, leftOut: string, warn: (line: string) => void): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (expected(err)) throw err;
    warn(`${stageFailure(stage, err)}; ${leftOut}`);
    return fallback();
  }
}

/** The same for a stage that runs synchronously. */
export function optionalStageSync<T>(stage: string, run: () => T, fallback: () => T, leftOut: string, warn: (line: string) => void): T {
  try {
    return run();
  } catch (err) {
    if (expected(err)) throw err;
    warn(`${stageFailure(stage, err)}; ${leftOut}`);
    return fallback();
  }
}

/** The error a required stage stops the build with: an expected failure or a StageError as it is, anything else named after the stage. */
function stopped(stage: string, err: unknown): unknown {
  if (err instanceof StageError || expected(err)) return err;
  return new StageError(`${stageFailure(stage, err)}; no site was published`, err);
}

/** A stage the site cannot be published without: an unexpected error stops the build with "<stage> stage failed (...); no site was published". */
export async function requiredStage<T>(stage: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw stopped(stage, err);
  }
}

/** The same for a stage that runs synchronously. */
export function requiredStageSync<T>(stage: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw stopped(stage, err);
  }
}
