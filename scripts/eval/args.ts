// Command-line options of `npm run eval`; a bad option is one line naming it.

export interface EvalArgs {
  /** --set DIR (repeatable): score these devset-format folders instead of the default sets. */
  sets: string[];
  /** --dossier FILE: score a built data/dossier.json against the one --set instead of running the pipeline. */
  dossier: string | null;
  json: string | null;
  verbose: boolean;
}

export function parseEvalArgs(argv: string[]): EvalArgs {
  const out: EvalArgs = { sets: [], dossier: null, json: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--set') out.sets.push(value());
    else if (a === '--dossier') out.dossier = value();
    else if (a === '--json') out.json = value();
    else if (a === '--verbose' || a === '-v') out.verbose = true;
    else throw new Error(`unknown option ${a} (options: --set DIR, --dossier FILE, --json FILE, --verbose)`);
  }
  if (out.dossier && out.sets.length !== 1) throw new Error('--dossier FILE needs exactly one --set DIR (the set it was built from)');
  return out;
}
