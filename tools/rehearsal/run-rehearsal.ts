import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RegistrationEvent } from '../../lambda/tools-api';
import type { RegistrationHandler } from '../../lambda/tools-api';
import { parseResourceProperties, RESOURCE_TAG_KEY, RESOURCE_TYPE, STACK_TAG_KEY } from '../../lib/core/contract/resource-properties';
import { SENDER_ID_FIELD } from '../../lib/core/forms/common-fields';
import { RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { runCustomResource } from '../provider-simulator';
import { RunningRegistrar, startRegistrar } from '../registrar';
import { servedCatalog } from '../registrar/catalog';
import { AppSource, cloudAssemblyOf, withContext } from './app-source';
import { registrationsOf, stageFileAssets, SynthesizedRegistration } from './cloud-assembly';
import { buildEvent, EventParts, stackId } from './cloudformation-events';
import { BundledHandlers } from './handler-bundle';
import { formatReport } from './report';

export interface RehearsalOptions {
  readonly source: AppSource;
  /**
   * A second act: the reviewer approves every registration, then the app synthesized with this context added is deployed
   * as an Update. The repository's example uses it for its revision 2; a user's app has no such revision.
   */
  readonly revision?: { readonly context: readonly string[]; readonly title: string };
  /**
   * A JSON file of the secrets the app's values come from (`SecretText.fromSecret`), served by the registrar's
   * GetSecretValue (format: tools/registrar/secrets/secrets-file.ts). Default none: a secret-backed value fails its deploy.
   */
  readonly secretsFile?: string;
  /**
   * The file a local registrar keeps its registrations in (`--local`): the rehearsal leaves them there for `status`,
   * `plan` and the reviewer, and a registration already there is updated, as a second `cdk deploy` would. Default none:
   * the registrars are forgotten when the rehearsal ends.
   */
  readonly stateFile?: string;
  /**
   * A folder outside the app playing the S3 objects it names but does not hold (`Attachment.fromS3Object`, such as an
   * identity document): `<folder>/<bucket>/<key>`. Default none: such a document fails its upload.
   */
  readonly s3ObjectsDir?: string;
  /** Where the report goes (stdout). */
  readonly print: (text: string) => void;
  /** Where progress goes (stderr): synth and the registrars take a while. */
  readonly progress: (line: string) => void;
}

/** What the rehearsal did, for the exit code. */
export interface RehearsalSummary {
  readonly registrations: number;
  /** Registrations of a type the local registrar has no form for (neither synced nor in the bundled catalog). */
  readonly notRehearsed: number;
}

/**
 * The forms the local registrar serves: the app's synced ones (the folder synth recorded) ahead of the bundled catalog,
 * without the rules the catalog only assumed, as strict as the service otherwise.
 */
function rehearsalCatalog(registrations: readonly SynthesizedRegistration[]): RegistrationTypeCatalogEntry[] {
  const folders = [...new Set(registrations.map((r) => r.form?.folder).filter((f): f is string => f !== undefined))];
  if (folders.length > 1) throw new Error(`the app validated its registrations against more than one folder of synced definitions: ${folders.join(', ')}`);
  return servedCatalog(folders[0], registrations.map((r) => parseResourceProperties(r.properties)));
}

/**
 * A type the registrar has no form for would be refused (UNKNOWN_REGISTRATION_TYPE) although the real Region may
 * offer it. Such a registration is named, not failed: at deploy the live form decides.
 */
function rehearsableIn(catalog: readonly RegistrationTypeCatalogEntry[]) {
  return (registration: SynthesizedRegistration) => {
    const type = parseResourceProperties(registration.properties).RegistrationType;
    return catalog.some((e) => e.RegistrationType === type);
  };
}

/**
 * One local registrar per Region, as each Region's SMS service is its own; each with the handler bundle for its Region.
 * With a state file, one registrar keeps every Region (it tells them apart by the request's signature), in that file.
 */
class Registrars {
  private readonly byRegion = new Map<string, RunningRegistrar>();
  private readonly handlers = new BundledHandlers();
  constructor(private readonly s3Root: string, private readonly progress: (line: string) => void, private readonly secretsFile: string | undefined,
    private readonly catalog: readonly RegistrationTypeCatalogEntry[], private readonly stateFile?: string) {}

  async for(registration: SynthesizedRegistration): Promise<{ registrar: RunningRegistrar; handler: RegistrationHandler }> {
    const key = this.stateFile ?? registration.region;
    let registrar = this.byRegion.get(key);
    if (!registrar) {
      registrar = await startRegistrar({
        region: registration.region, accountId: registration.account, s3Root: this.s3Root, secretsFile: this.secretsFile, stateFile: this.stateFile,
        catalog: this.catalog,
      });
      this.byRegion.set(key, registrar);
      this.progress(this.stateFile ? `local registrar keeping its registrations in ${this.stateFile}`
        : `local registrar for ${registration.region} at ${registrar.url}`);
    }
    registrar.admin.clearCallLog();
    return { registrar, handler: this.handlers.for({ url: registrar.url, region: registration.region }) };
  }

  async close(): Promise<void> {
    await Promise.all([...this.byRegion.values()].map((r) => r.close()));
  }
}

function event(registration: SynthesizedRegistration, parts: Partial<EventParts>): RegistrationEvent {
  return buildEvent({
    ServiceToken: 'rehearsal',
    ResponseURL: 'rehearsal',
    StackId: stackId({ region: registration.region, account: registration.account, stackName: registration.stackName, suffix: 'rehearsal' }),
    RequestId: `rehearsal-${Date.now()}`,
    LogicalResourceId: registration.logicalId,
    ResourceProperties: registration.properties,
    ...parts,
  });
}

async function deploy(registrars: Registrars, registration: SynthesizedRegistration, title: string, parts: Partial<EventParts>,
  print: (text: string) => void, progress: (line: string) => void): Promise<string> {
  const { registrar, handler } = await registrars.for(registration);
  progress(`${title}: ${registration.stackName}/${registration.logicalId}, polling isComplete…`);
  const outcome = await runCustomResource(handler, event(registration, parts), { pollIntervalMs: 50 });
  const props = parseResourceProperties(registration.properties);
  print(formatReport({
    title: `${title}: ${registration.stackName}/${registration.logicalId}`,
    registrationType: props.RegistrationType,
    senderId: String(props.Fields[SENDER_ID_FIELD]),
    registrationId: outcome.physicalResourceId,
    data: outcome.data,
    calls: registrar.admin.callLog(),
    attachmentFiles: Object.fromEntries(Object.entries(props.Attachments).map(([p, a]) => [p, a.FileName])),
    secretFields: props.SecretFields ?? {},
  }));
  return outcome.physicalResourceId;
}

/** The registration the kept state already holds for this resource (tagged with its stack and logical id), if any. */
async function keptRegistrationId(registrars: Registrars, registration: SynthesizedRegistration): Promise<string | undefined> {
  const { registrar } = await registrars.for(registration);
  const region = registrar.admin.dumpState().regions[registration.region];
  if (!region) return undefined;
  const wanted = { [STACK_TAG_KEY]: registration.stackName, [RESOURCE_TAG_KEY]: registration.logicalId };
  const registrations = region.registrations as Array<{ registrationId: string; registrationArn: string; status: string }>;
  const match = registrations.find((r) => r.status !== 'DELETED'
    && Object.entries(wanted).every(([key, value]) => region.tags[r.registrationArn]?.[key] === value));
  return match?.registrationId;
}

/** What to run next against the registrations the rehearsal left in the state file; every command named exists in the CLI. */
function keptHint(stateFile: string, appDir = process.cwd()): string {
  const shown = path.relative(appDir, stateFile) || stateFile;
  const local = `--local ${shown}`;
  return [
    `\nThe registrations are kept in ${shown} (it holds the values you declared: keep it out of git). Next:`,
    `  npx sender-id-registration status ${local}`,
    `  npx sender-id-registration registrar approve ${local} --registration-id <id>   (or registrar deny)`,
    `  npx sender-id-registration plan ${local} --stack <stack>`,
  ].join('\n');
}

function synthesized(source: AppSource, outdir: string, s3Root: string, progress: (line: string) => void): SynthesizedRegistration[] {
  const assembly = cloudAssemblyOf(source, outdir, progress);
  stageFileAssets(assembly, s3Root);
  return registrationsOf(assembly);
}

/**
 * Synthesize the app, start the embedded local registrar, and run every `Custom::SenderIdRegistration` through the
 * handler bundle as CloudFormation and the Provider framework would (a Create, then isComplete polls). No AWS account.
 * Throws when synth or a deploy fails.
 */
export async function rehearse(options: RehearsalOptions): Promise<RehearsalSummary> {
  const { print, progress } = options;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-rehearsal-'));
  const s3Root = path.join(work, 's3');
  let registrars: Registrars | undefined;
  // The objects are copied beside the app's staged assets; the app itself never reads them, so cdk.out holds none of them.
  if (options.s3ObjectsDir) fs.cpSync(options.s3ObjectsDir, s3Root, { recursive: true });
  try {
    const declared = synthesized(options.source, path.join(work, 'revision-1'), s3Root, progress);
    if (declared.length === 0) throw new Error(`the app declares no ${RESOURCE_TYPE} (no SenderIdRegistration): nothing to rehearse`);
    const catalog = rehearsalCatalog(declared);
    const rehearsable = rehearsableIn(catalog);
    registrars = new Registrars(s3Root, progress, options.secretsFile, catalog, options.stateFile);
    const first = declared.filter(rehearsable);
    const notRehearsed = declared.length - first.length;
    print(`\nAct 1: create (${first.length} registrations, local registrar, no AWS account)\n`);
    for (const registration of declared.filter((r) => !rehearsable(r))) {
      print(`── Not rehearsed: ${registration.stackName}/${registration.logicalId}\n   type ${parseResourceProperties(registration.properties).RegistrationType}`
        + ' is neither synced nor in the bundled catalog, so the local registrar has no form for it; at deploy the live form decides');
    }
    const created = new Map<string, string>();
    for (const registration of first) {
      const kept = await keptRegistrationId(registrars, registration);
      // A registration the state file already holds is deployed again, as a second `cdk deploy` would: an Update.
      const parts: Partial<EventParts> = kept === undefined ? {}
        : { RequestType: 'Update', PhysicalResourceId: kept, OldResourceProperties: registration.properties } as Partial<EventParts>;
      created.set(`${registration.stackName}/${registration.logicalId}`,
        await deploy(registrars, registration, kept === undefined ? 'Create' : 'Update', parts, print, progress));
    }
    if (!options.revision) {
      print(`\nRehearsal complete: ${first.length} registrations were created through the handler bundle the construct deploys`
        + `${notRehearsed ? `; ${notRehearsed} of a type neither synced nor bundled ${notRehearsed === 1 ? 'was' : 'were'} not rehearsed` : ''}.`);
      if (options.stateFile) print(keptHint(options.stateFile, options.source.appDir));
      return { registrations: first.length, notRehearsed };
    }

    const source = { ...options.source, context: withContext(options.source.context, options.revision.context) };
    const second = synthesized(source, path.join(work, 'revision-2'), s3Root, progress).filter(rehearsable);
    print(`\n${options.revision.title}\n`);
    for (const registration of second) {
      const key = `${registration.stackName}/${registration.logicalId}`;
      const before = first.find((r) => `${r.stackName}/${r.logicalId}` === key);
      const id = created.get(key);
      if (!before || !id) throw new Error(`${key} is new in the revision; the second act only updates registrations of the first`);
      (await registrars.for(registration)).registrar.admin.approve(id);
      print(`   reviewer: approved ${id} version 1`);
      const update = { RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: before.properties } as Partial<EventParts>;
      await deploy(registrars, registration, 'Update', update, print, progress);
    }
    print('\nRehearsal complete: every registration was created and submitted, then updated through the real handler code.');
    return { registrations: first.length, notRehearsed };
  } finally {
    await registrars?.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
