import * as fs from 'node:fs';
import * as path from 'node:path';
import { runReview } from '../../review/run-review';
import { DEFAULT_STAGE, stagesOf } from '../../review/synthesize';
import { APP_OPTIONS, APP_OPTIONS_HELP, appChoice } from '../app-options';
import { commandArgs } from '../args';
import { Command, EXIT_CODES_HELP } from '../command';

export const reviewCommand: Command = {
  name: 'review',
  summary: 'render the app\'s registrations (and, with --base, what changes and what a deploy does) as Markdown',
  help: [
    'Usage: sender-id-registration review [--base <git ref | dir>] [--out file.md] [--stage <name>]...',
    '                                     [--app <command | dir>] [--assembly <dir>] [-c key=value]...',
    '',
    'A Markdown report of every registration for a pull request: fields by section (personal data shown only as its',
    'length), attachments, and synth\'s warnings. With --base, also a field-level diff and what deploying it does',
    '(nothing, tags only, a new version for review, a brand-new registration, refused).',
    '',
    '  --base <git ref | dir>  what to compare with: a git ref (synthesized in a temporary git worktree of this repository)',
    '                          or a cloud assembly directory (or one per stage, <dir>/<stage>/)',
    '  --out <file>            write the Markdown there instead of stdout',
    '  --stage <name>          synthesize once per stage with context stage=<name>, for apps that pick their environment',
    '                          that way; repeatable. Default: every stage named in cdk.json\'s context "stages" (an object',
    '                          or a list), else one synth with the context given',
    APP_OPTIONS_HELP,
    '',
    `${EXIT_CODES_HELP} A registration that fails validation fails synth: exit 1, so CI blocks the merge.`,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, { ...APP_OPTIONS, base: { type: 'string' }, out: { type: 'string' }, stage: { type: 'string', multiple: true } });
    const choice = appChoice(values, io.cwd);
    const context = Object.fromEntries(choice.context.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
    return runReview({
      base: values.base,
      assembly: choice.assemblyDir,
      appCommand: choice.appCommand,
      out: values.out,
      stages: values.stage?.length ? values.stage : fs.existsSync(path.join(io.cwd, 'cdk.json')) ? stagesOf(io.cwd) : [DEFAULT_STAGE],
      context,
      repoDir: io.cwd,
    });
  },
};
