#!/usr/bin/env node
/**
 * `sender-id-registration <command>`: the tools of cdk-sender-id-registration, run in your own CDK app's directory
 * (`npx sender-id-registration rehearse`). Bundled into the package, so it needs neither ts-node nor this repository.
 */
import '../quiet-env';
import { describeServiceError } from '../../lambda/tools-api';
import { EXIT, HelpRequested, UsageError } from './args';
import { Command, CommandIo, EXIT_CODES_HELP } from './command';
import { definitionsSyncCommand } from './commands/definitions-sync';
import { fleetPlaceCommand } from './commands/fleet-place';
import { fleetStatusCommand } from './commands/fleet-status';
import { planCommand } from './commands/plan';
import { registrarCommand } from './commands/registrar';
import { rehearseCommand } from './commands/rehearse';
import { reviewCommand } from './commands/review';
import { approveCommand, denyCommand } from './commands/reviewer';
import { schemaCommand } from './commands/schema';
import { statusCommand } from './commands/status';

// A command of two words comes before the one-word command it starts with: the first that matches runs.
export const COMMANDS: readonly Command[] = [rehearseCommand, reviewCommand, planCommand, statusCommand, definitionsSyncCommand,
  approveCommand, denyCommand, registrarCommand, fleetPlaceCommand, fleetStatusCommand, schemaCommand];

const PROGRAM = 'sender-id-registration';

export function overviewHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `Usage: ${PROGRAM} <command> [options]     (${PROGRAM} <command> --help for its options)`,
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

/** The command named by the first words of `argv` (`definitions sync` takes two), and the rest of the arguments. */
function findCommand(argv: readonly string[]): { command: Command; rest: readonly string[] } | undefined {
  for (const command of COMMANDS) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

/** Runs the command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(overviewHelp());
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    io.err(`${PROGRAM}: unknown command ${JSON.stringify(argv.join(' '))}\n\n${overviewHelp()}`);
    return EXIT.usage;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.out(found.command.help);
      return EXIT.ok;
    }
    if (error instanceof UsageError) {
      const usage = found.command.help.split('\n\n')[0];
      io.err(`${PROGRAM} ${found.command.name}: ${error.message}\n${usage}\n(${PROGRAM} ${found.command.name} --help for every option)`);
      return EXIT.usage;
    }
    io.err(`${PROGRAM} ${found.command.name} failed: ${describeServiceError(error)}`);
    return EXIT.failure;
  }
}

if (require.main === module) {
  const io: CommandIo = { out: (text) => console.log(text), err: (line) => console.error(line), cwd: process.cwd() };
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
