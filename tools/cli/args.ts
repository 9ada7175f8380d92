import { parseArgs, ParseArgsConfig } from 'node:util';

/** The exit codes every command documents: 0 ok, 1 findings or a failure, 2 a usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A mistake in how the command was called: exit 2, with the command's usage. */
export class UsageError extends Error {}

/** `--help` was asked for: the front door prints the command's help and exits 0, so no command handles it itself. */
export class HelpRequested extends Error {}

/** What every command takes: `--help`, and CDK context as `--context key=value` / `-c key=value`, repeatable, as `cdk` takes it. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
export const CONTEXT_OPTION = { context: { type: 'string', short: 'c', multiple: true } } as const;

/**
 * Run a `node:util` parseArgs (strict, so an unknown option or a missing value throws) and turn what it throws into a
 * UsageError. The parse is the caller's, so its option types are inferred there.
 */
export function parsedOrUsageError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The `key=value` pairs of `--context`, checked. */
export function contextPairs(values: readonly string[] | undefined): string[] {
  return (values ?? []).map((pair) => {
    if (!/^[^=]+=/.test(pair)) throw new UsageError(`--context ${pair}: expected key=value`);
    return pair;
  });
}

export function noPositionals(positionals: readonly string[]): void {
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs gives a command for its options (a named type, so the declaration of `commandArgs` can be emitted). */
type CommandValues<O extends OptionsConfig> = ReturnType<typeof parseArgs<{
  args: string[]; options: typeof HELP_OPTION & O; strict: true; allowPositionals: true;
}>>['values'];

/**
 * A command's arguments, read the one way every command reads them: `node:util` parseArgs, strict (an unknown
 * option or a missing value is a usage error), `--help` on every command (HelpRequested), no positional arguments.
 */
export function commandArgs<O extends OptionsConfig>(argv: readonly string[], options: O): CommandValues<O> {
  const { values, positionals } = parsedOrUsageError(() => parseArgs({
    args: [...argv], options: { ...HELP_OPTION, ...options }, strict: true, allowPositionals: true,
  }));
  // `help` is in every command's options; the generic spread hides it from the compiler here.
  if ((values as { help?: boolean }).help) throw new HelpRequested();
  noPositionals(positionals);
  return values;
}
