/** One `sender-id-registration <command>`: its help, and a run that returns the exit code (see EXIT). */
export interface Command {
  /** As typed after `sender-id-registration`, e.g. `definitions sync`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  run(argv: readonly string[], io: CommandIo): Promise<number>;
}

/** Where a command writes: its result to `out` (stdout), progress and diagnostics to `err` (stderr). */
export interface CommandIo {
  out(text: string): void;
  err(line: string): void;
  /** The user's app directory (its cdk.json and git repository). */
  readonly cwd: string;
}

/** The exit-code paragraph every `--help` ends with. */
export const EXIT_CODES_HELP = 'Exit codes: 0 ok · 1 findings or a failure (details on stderr) · 2 usage error.';
