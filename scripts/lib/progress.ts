// Progress reporting. On a terminal: one redrawn line with the stage, what it has done (articles, actors'
// briefs ...) and time left.
// In CI, with --quiet or when output is piped: plain lines only, one per stage.
import { printable } from './text-safety.ts';
/** What a stage counts, one and several ("article", "articles"): the progress line names it. */
export type ProgressUnit = [string, string];

export interface Progress {
  stage(name: string, total?: number, done?: number, unit?: ProgressUnit): void;
  tick(n?: number): void;
  info(line: string): void;
  done(): void;
}

export function createProgress(opts: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = opts.stream ?? process.stderr;
  const live = !opts.quiet && stream.isTTY === true && !process.env.CI;
  let name = '';
  let total = 0;
  let done = 0;
  let unit: ProgressUnit = ['article', 'articles'];
  const count = (n: number) => `${n} ${n === 1 ? unit[0] : unit[1]}`;
  let started = Date.now();
  let lastDraw = 0;

  const draw = (force = false) => {
    if (!live) return;
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    let line = `  ${name}`;
    if (total > 0) {
      const pct = Math.floor((100 * done) / total);
      const rate = done / Math.max(0.001, (now - started) / 1000);
      const left = rate > 0 && done < total ? Math.ceil((total - done) / rate) : 0;
      line += `  ${done}/${count(total)} (${pct}%)` + (done < total && done > 0 ? `  ~${left}s left` : '');
    }
    stream.write(`\r\x1b[2K${line}`);
  };
  const endLine = () => {
    if (live && name) stream.write('\r\x1b[2K');
    // Plain mode: each stage's line is followed by how long it took, for CI logs and benchmarks.
    if (!live && !opts.quiet && name) stream.write(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  };

  return {
    stage(n, t = 0, d = 0, u: ProgressUnit = ['article', 'articles']) {
      endLine();
      name = n;
      total = t;
      done = d;
      unit = u;
      started = Date.now();
      if (!live && !opts.quiet) stream.write(`${n}${t ? ` (${count(t)}${d ? `, ${d} cached` : ''})` : ''}\n`);
      draw(true);
    },
    tick(n = 1) {
      done += n;
      draw(done === total);
    },
    info(line) {
      endLine();
      // Lines may quote file names and attributes of sources: escaped, so each stays one line.
      stream.write(`${printable(line)}\n`);
      draw(true);
    },
    done() {
      endLine();
      name = '';
    },
  };
}

/** A progress that prints nothing (tests, library use). */
export const silentProgress: Progress = { stage() {}, tick() {}, info() {}, done() {} };
