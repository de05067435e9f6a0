// Runs a GitHub Actions workflow's `run:` steps here, in order, the way the runner would: each with bash -e
// in the workspace, with the env the workflow, job and step set (${{ }} expressions evaluated), GITHUB_ENV
// and GITHUB_OUTPUT honoured. `uses:` steps are not run; what they provide is emulated by the caller
// (`actions`), and a step using an action the caller does not know fails the run, so a new action in the
// workflow cannot go untested by accident.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

export interface Job {
  name: string;
  needs?: string | string[];
  env?: Record<string, unknown>;
  steps: Step[];
}

/** What an emulated action gives the steps after it. */
export interface ActionResult {
  outputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** `input(name)` is the step's `with:` value, its expressions evaluated (only the inputs an emulation reads are). */
export type ActionEmulator = (input: (name: string) => string, context: { step: Step; workspace: string; env: Record<string, string> }) => ActionResult | void;

export interface StepRecord {
  job: string;
  name: string;
  kind: 'run' | 'uses';
  status: number;
  output: string;
  seconds: number;
}

export interface RunOptions {
  workspace: string;
  /** Repository variables (`vars.X`). */
  vars?: Record<string, string>;
  /** Action name without version ("actions/checkout") -> its emulation. */
  actions: Record<string, ActionEmulator>;
  /** The machine's environment the runner starts from. */
  baseEnv: Record<string, string>;
  /** Rewrites a step's final environment (e.g. a runner path that is elsewhere on this machine). */
  adjustEnv?: (env: Record<string, string>) => Record<string, string>;
  timeoutMs?: number;
}

type Context = { vars: Record<string, string>; steps: Record<string, { outputs: Record<string, string> }>; runner: Record<string, string>; env: Record<string, string> };

/** One operand of an expression: a context path (vars.X, steps.id.outputs.y, runner.os, env.X) or a 'string'. */
function operand(text: string, ctx: Context): string {
  const t = text.trim();
  const quoted = /^'((?:[^']|'')*)'$/.exec(t);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (!/^[A-Za-z_][\w-]*(?:\.[\w-]+)*$/.test(t)) throw new Error(`workflow emulation: unsupported expression "${t}"`);
  let v: unknown = ctx;
  for (const part of t.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v === undefined || v === null ? '' : String(v);
}

/** ${{ a || b }} -> the first non-empty operand (GitHub's || on strings). */
export function evaluate(value: unknown, ctx: Context): string {
  return String(value).replace(/\$\{\{(.*?)\}\}/g, (_, expr: string) => {
    for (const part of expr.split('||')) {
      const v = operand(part, ctx);
      if (v !== '') return v;
    }
    return '';
  });
}

function keyValueFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([^=]+)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** Jobs in an order that respects `needs`. */
function jobOrder(jobs: Record<string, Job>): string[] {
  const done: string[] = [];
  const visit = (id: string) => {
    if (done.includes(id)) return;
    const needs = jobs[id].needs;
    for (const n of Array.isArray(needs) ? needs : needs ? [needs] : []) visit(n);
    done.push(id);
  };
  Object.keys(jobs).forEach(visit);
  return done;
}

/** Runs a script with bash -e; asynchronous, so servers in this process (an emulated Pages site) can answer it. */
function runBash(script: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (output += b.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ status: -1, output: `${output}\n${e.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, output: signal ? `${output}\nkilled by ${signal}` : output });
    });
  });
}

export async function runWorkflow(workflowFile: string, opts: RunOptions): Promise<StepRecord[]> {
  const wf = YAML.parse(fs.readFileSync(workflowFile, 'utf8')) as { env?: Record<string, unknown>; jobs: Record<string, Job> };
  const records: StepRecord[] = [];
  const temp = fs.mkdtempSync(path.join(path.dirname(opts.workspace), 'runner-temp-'));
  for (const jobId of jobOrder(wf.jobs)) {
    const job = wf.jobs[jobId];
    const ctx: Context = { vars: opts.vars ?? {}, steps: {}, runner: { os: 'Linux', temp }, env: {} };
    const githubEnv = path.join(temp, `${jobId}-env`);
    fs.writeFileSync(githubEnv, '');
    const added: Record<string, string> = {};
    for (const [i, step] of job.steps.entries()) {
      const name = step.name ?? step.run?.split('\n')[0] ?? step.uses ?? `step ${i + 1}`;
      const defined: Record<string, string> = {};
      for (const scope of [wf.env, job.env, step.env]) for (const [k, v] of Object.entries(scope ?? {})) defined[k] = evaluate(v, { ...ctx, env: { ...ctx.env, ...defined } });
      let env: Record<string, string> = {
        ...opts.baseEnv,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: opts.workspace,
        GITHUB_ENV: githubEnv,
        RUNNER_OS: 'Linux',
        RUNNER_TEMP: temp,
        ...added,
        ...defined,
      };
      env = opts.adjustEnv ? opts.adjustEnv(env) : env;
      const started = Date.now();
      if (step.uses) {
        const action = step.uses.split('@')[0];
        const emulate = opts.actions[action];
        if (!emulate) throw new Error(`workflow emulation: no emulation for ${step.uses} (step "${name}")`);
        const input = (key: string) => (step.with?.[key] === undefined ? '' : evaluate(step.with[key], ctx));
        const result = emulate(input, { step, workspace: opts.workspace, env }) ?? {};
        Object.assign(added, result.env ?? {});
        if (step.id) ctx.steps[step.id] = { outputs: result.outputs ?? {} };
        records.push({ job: jobId, name, kind: 'uses', status: 0, output: '', seconds: (Date.now() - started) / 1000 });
        continue;
      }
      const script = path.join(temp, `${jobId}-${i}.sh`);
      const outputFile = path.join(temp, `${jobId}-${i}-output`);
      fs.writeFileSync(script, evaluate(step.run ?? '', ctx));
      fs.writeFileSync(outputFile, '');
      // GitHub runs a bash step as `bash -e {0}` when no shell is named.
      const r = await runBash(script, opts.workspace, { ...env, GITHUB_OUTPUT: outputFile }, opts.timeoutMs ?? 300_000);
      const output = r.output;
      records.push({ job: jobId, name, kind: 'run', status: r.status, output, seconds: (Date.now() - started) / 1000 });
      if (r.status !== 0) return records; // later steps do not run after a failure, as on GitHub
      Object.assign(added, keyValueFile(githubEnv));
      if (step.id) ctx.steps[step.id] = { outputs: keyValueFile(outputFile) };
    }
  }
  return records;
}
