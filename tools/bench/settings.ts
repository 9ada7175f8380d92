import { WorkBudget } from '../../lambda/tools-api';
import { PROVIDER_TIMING, SDK_MAX_ATTEMPTS } from '../../lib/registration-provider';

/**
 * What one benchmark run simulates, in real (unscaled) units. The registrar's quotas are
 * multiplied by `timeScale` and every duration divided by it, so a run takes 1/timeScale of the
 * real time; measured durations are multiplied back to project real time.
 */
export interface BenchSettings {
  readonly count: number;
  readonly timeScale: number;
  readonly mix: 'mixed' | 'india' | 'indonesia';
  /** Real API latency added to every call. */
  readonly latencyMs: number;
  /** Real time the service takes to fetch an attachment from S3. */
  readonly uploadMs: number;
  /** Requests per second per operation, real. */
  readonly quotas: Readonly<Record<string, number>>;
  readonly assumedRps: number;
  /** SDK attempts per call in isComplete (onEvent has its own, below). */
  readonly maxAttempts: number;
  readonly onEventMaxAttempts: number;
  readonly provider: ProviderSettings;
  readonly scenarios: readonly ('create' | 'update')[];
}

export interface ProviderSettings {
  readonly queryIntervalS: number;
  readonly totalTimeoutS: number;
  readonly lambdaTimeoutS: number;
  /** Where the numbers came from, printed with them. */
  readonly source: string;
}

/** AWS End User Messaging SMS quotas page: 1 request per second for these, the reads included (API-NOTES.md). */
export const DOCUMENTED_ONE_RPS = [
  'CreateRegistration', 'CreateRegistrationAttachment', 'CreateRegistrationVersion',
  'DeleteRegistration', 'DeleteRegistrationAttachment', 'DeleteRegistrationFieldValue',
  'DescribeRegistrations', 'DescribeRegistrationVersions', 'DescribeRegistrationFieldValues', 'DescribeRegistrationFieldDefinitions',
  'DescribeRegistrationAttachments', 'DescribeRegistrationTypeDefinitions',
];
/** No published quota: assumed as low as the documented ones. */
export const UNDOCUMENTED = [
  'PutRegistrationFieldValue', 'SubmitRegistrationVersion', 'DiscardRegistrationVersion', 'TagResource', 'UntagResource', 'ListTagsForResource',
];

/** Whether an operation only reads (Describe and List calls). */
export function isRead(operation: string): boolean {
  return /^(Describe|List)/.test(operation);
}

/** CloudFormation waits at most one hour for a custom resource to answer. */
export const CLOUDFORMATION_LIMIT_S = 3600;

const USAGE = `npm run bench -- [--count 50] [--time-scale 10] [--mix mixed|india|indonesia] [--latency-ms 150] [--upload-ms 2000]
  [--assumed-rps 1] [--max-attempts N] [--on-event-max-attempts N] [--query-interval-s Q] [--total-timeout-s T]
  [--scenario create|update|both]`;

export function parseSettings(argv: readonly string[]): BenchSettings {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (key === '--help' || key === '-h') throw new Error(USAGE);
    if (!key.startsWith('--') || argv[i + 1] === undefined) throw new Error(`Unexpected argument ${key}\n${USAGE}`);
    args.set(key.slice(2), argv[++i]);
  }
  const number = (name: string, fallback: number): number => {
    const value = Number(args.get(name) ?? fallback);
    if (!(value > 0)) throw new Error(`--${name} must be a positive number, got ${args.get(name)}`);
    return value;
  };
  const mix = args.get('mix') ?? 'mixed';
  if (mix !== 'mixed' && mix !== 'india' && mix !== 'indonesia') throw new Error(`--mix must be mixed, india or indonesia\n${USAGE}`);
  const scenario = args.get('scenario') ?? 'both';
  if (!['create', 'update', 'both'].includes(scenario)) throw new Error(`--scenario must be create, update or both\n${USAGE}`);
  const assumedRps = number('assumed-rps', 1);
  const fromSource = providerSettingsFromConstruct();
  return {
    count: Math.round(number('count', 50)),
    timeScale: number('time-scale', 10),
    mix,
    latencyMs: Number(args.get('latency-ms') ?? 150),
    uploadMs: number('upload-ms', 2000),
    quotas: {
      ...Object.fromEntries(DOCUMENTED_ONE_RPS.map((op) => [op, 1])),
      ...Object.fromEntries(UNDOCUMENTED.map((op) => [op, assumedRps])),
    },
    assumedRps,
    maxAttempts: Math.round(number('max-attempts', SDK_MAX_ATTEMPTS.isComplete)),
    onEventMaxAttempts: Math.round(number('on-event-max-attempts', SDK_MAX_ATTEMPTS.onEvent)),
    provider: args.has('query-interval-s') || args.has('total-timeout-s')
      ? {
        ...fromSource,
        queryIntervalS: number('query-interval-s', fromSource.queryIntervalS),
        totalTimeoutS: number('total-timeout-s', fromSource.totalTimeoutS),
        source: 'command line',
      }
      : fromSource,
    scenarios: scenario === 'both' ? ['create', 'update'] : [scenario as 'create' | 'update'],
  };
}

/** The Provider's settings as lib/registration-provider.ts declares them, so the arithmetic follows the code. */
function providerSettingsFromConstruct(): ProviderSettings {
  return {
    queryIntervalS: PROVIDER_TIMING.queryInterval.toSeconds(),
    totalTimeoutS: PROVIDER_TIMING.totalTimeout.toSeconds(),
    lambdaTimeoutS: PROVIDER_TIMING.isCompleteTimeout.toSeconds(),
    source: 'lib/registration-provider.ts',
  };
}

/** Work one isComplete invocation may do: the Lambda timeout less the handler's safety margin. */
export function invocationBudgetMs(provider: ProviderSettings): number {
  return provider.lambdaTimeoutS * 1000 - WorkBudget.SAFETY_MARGIN_MS;
}
