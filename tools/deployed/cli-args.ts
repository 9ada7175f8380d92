/** The few command-line shapes the follow-up tools take: `--name value`, `--name=value`, `--flag`, and repeatable `-c key=value`. */
export interface ParsedArgs {
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
  /** `-c key=value` / `--context key=value`, in order (CDK context for the synth). */
  readonly context: string[];
}

export function parseArgs(argv: readonly string[], spec: { values: readonly string[]; flags: readonly string[] }, usage: string): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const context: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [arg, inline] = argv[i].startsWith('--') ? splitOnce(argv[i]) : [argv[i], undefined];
    if (arg === '-c' || arg === '--context') {
      const pair = inline ?? argv[++i];
      if (!pair || !pair.includes('=')) throw new Error(`${arg} needs key=value\n${usage}`);
      context.push(pair);
    } else if (spec.flags.includes(arg.slice(2)) && arg.startsWith('--')) {
      flags.add(arg.slice(2));
    } else if (spec.values.includes(arg.slice(2)) && arg.startsWith('--')) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('-')) throw new Error(`${arg} needs a value\n${usage}`);
      values.set(arg.slice(2), value);
    } else {
      throw new Error(`Unknown argument ${argv[i]}\n${usage}`);
    }
  }
  return { values, flags, context };
}

function splitOnce(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}
