import { connectRegistrarAdmin, Denial, VersionSummary } from '../../registrar';
import { commandArgs, EXIT, UsageError } from '../args';
import { Command, CommandIo, EXIT_CODES_HELP } from '../command';
import { withLocalRegistrar } from '../local-registrar';

/**
 * The local registrar's reviewer, played from the command line: approve or deny a submitted version of a registration the
 * registrar keeps (in a state file, or in a running `sender-id-registration registrar`). AWS has no such call.
 */

const WHERE_OPTIONS = { local: { type: 'string' }, endpoint: { type: 'string' }, 'registration-id': { type: 'string' }, version: { type: 'string' } } as const;

const WHERE_HELP = [
  '  --registration-id ID    the registration (status --local <file> lists them) (required)',
  '  --version N             the version; default the latest',
  '  --local <state file>    the registrar whose registrations this file keeps (as `rehearse --local <file>` left them)',
  '  --endpoint URL          or a running `sender-id-registration registrar`; default AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2',
].join('\n');

interface Where {
  readonly local?: string;
  readonly endpoint?: string;
  readonly 'registration-id'?: string;
  readonly version?: string;
}

/** Run the reviewer's decision on the registrar the options name; prints the version's new status. */
async function decide(
  values: Where, io: CommandIo, act: (admin: Reviewer, id: string, version?: number) => Promise<VersionSummary>,
): Promise<number> {
  const id = values['registration-id'];
  if (!id) throw new UsageError('--registration-id is required');
  const version = values.version === undefined ? undefined : Number(values.version);
  if (version !== undefined && !(Number.isInteger(version) && version > 0)) throw new UsageError(`--version ${values.version}: expected a version number`);
  if (values.local !== undefined && values.endpoint !== undefined) throw new UsageError('give --local or --endpoint, not both');
  const summary = values.local !== undefined
    ? await withLocalRegistrar(values.local, io.cwd, {}, async (registrar) => act(asyncAdmin(registrar.admin), id, version))
    : await act(connectRegistrarAdmin(endpointOf(values.endpoint)), id, version);
  io.out(`${summary.registrationId} version ${summary.versionNumber}: ${summary.status}`);
  return EXIT.ok;
}

type Reviewer = Pick<ReturnType<typeof connectRegistrarAdmin>, 'approve' | 'deny'>;

function asyncAdmin(admin: { approve(id: string, n?: number): VersionSummary; deny(id: string, d?: Denial): VersionSummary }): Reviewer {
  return { approve: async (id, n) => admin.approve(id, n), deny: async (id, d) => admin.deny(id, d) };
}

function endpointOf(given: string | undefined): string {
  const endpoint = given ?? process.env.AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2;
  if (!endpoint) throw new UsageError('give --local <state file> or --endpoint URL (the URL `sender-id-registration registrar` printed)');
  return endpoint;
}

export const approveCommand: Command = {
  name: 'registrar approve',
  summary: 'the local registrar\'s reviewer approves a submitted version (the registration becomes COMPLETE)',
  help: [
    'Usage: sender-id-registration registrar approve --registration-id ID [--version N] (--local <state file> | --endpoint URL)',
    '',
    'Plays the reviewer of the local registrar: the version becomes APPROVED and the registration COMPLETE, as after AWS\'s',
    'review. Then `plan` shows what a deploy would do next (nothing, while the app is unchanged).',
    '',
    WHERE_HELP,
    '',
    EXIT_CODES_HELP,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, WHERE_OPTIONS);
    return decide(values, io, (admin, id, version) => admin.approve(id, version));
  },
};

export const denyCommand: Command = {
  name: 'registrar deny',
  summary: 'the local registrar\'s reviewer denies a submitted version, with a reason (the registration needs updates)',
  help: [
    'Usage: sender-id-registration registrar deny --registration-id ID [--version N] [--reason TEXT] [--field PATH=FEEDBACK]...',
    '                                              (--local <state file> | --endpoint URL)',
    '',
    'Plays the reviewer of the local registrar: the version becomes DENIED and the registration REQUIRES_UPDATES; `status`',
    'shows the reasons, and the next deploy makes a new version.',
    '',
    WHERE_HELP,
    '  --reason TEXT           the reason on the version (default none)',
    '  --field PATH=FEEDBACK   feedback on one field, repeatable',
    '',
    EXIT_CODES_HELP,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, { ...WHERE_OPTIONS, reason: { type: 'string' }, field: { type: 'string', multiple: true } });
    const fieldFeedback = Object.fromEntries((values.field ?? []).map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new UsageError(`--field ${pair}: expected PATH=FEEDBACK`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }));
    const denial: Denial = {
      ...(values.reason === undefined ? {} : { versionReasons: [{ Reason: values.reason, ShortDescription: values.reason }] }),
      ...(values.field?.length ? { fieldReasons: fieldFeedback, fieldFeedback } : {}),
    };
    return decide(values, io, (admin, id, version) => admin.deny(id, { ...denial, ...(version === undefined ? {} : { versionNumber: version }) }));
  },
};
