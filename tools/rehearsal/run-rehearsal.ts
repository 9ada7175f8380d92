import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RegistrationEvent } from '../../lambda/events';
import type { RegistrationHandler } from '../../lambda/handler';
import { parseResourceProperties, RESOURCE_TYPE } from '../../lib/core/contract/resource-properties';
import { catalogEntry } from '../../lib/core/forms/catalog';
import { SENDER_ID_FIELD } from '../../lib/core/forms/common-fields';
import { runCustomResource } from '../provider-simulator';
import { RunningRegistrar, startRegistrar } from '../registrar';
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
  /** Registrations of a type the local registrar has no form for (not in the bundled catalog). */
  readonly notRehearsed: number;
}

/**
 * The local registrar serves the bundled catalog as its live forms, as strict as the service: a type outside it
 * would be refused (UNKNOWN_REGISTRATION_TYPE) although the real Region may offer it. Such a registration is
 * named, not failed: at deploy the live form decides.
 */
function rehearsable(registration: SynthesizedRegistration): boolean {
  return catalogEntry(parseResourceProperties(registration.properties).RegistrationType) !== undefined;
}

/** One local registrar per Region, as each Region's SMS service is its own; each with the handler bundle for its Region. */
class Registrars {
  private readonly byRegion = new Map<string, RunningRegistrar>();
  private readonly handlers = new BundledHandlers();
  constructor(private readonly s3Root: string, private readonly progress: (line: string) => void, private readonly secretsFile?: string) {}

  async for(registration: SynthesizedRegistration): Promise<{ registrar: RunningRegistrar; handler: RegistrationHandler }> {
    let registrar = this.byRegion.get(registration.region);
    if (!registrar) {
      registrar = await startRegistrar({
        region: registration.region, accountId: registration.account, s3Root: this.s3Root, secretsFile: this.secretsFile,
      });
      this.byRegion.set(registration.region, registrar);
      this.progress(`local registrar for ${registration.region} at ${registrar.url}`);
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
  const registrars = new Registrars(s3Root, progress, options.secretsFile);
  // The objects are copied beside the app's staged assets; the app itself never reads them, so cdk.out holds none of them.
  if (options.s3ObjectsDir) fs.cpSync(options.s3ObjectsDir, s3Root, { recursive: true });
  try {
    const declared = synthesized(options.source, path.join(work, 'revision-1'), s3Root, progress);
    if (declared.length === 0) throw new Error(`the app declares no ${RESOURCE_TYPE} (no SenderIdRegistration): nothing to rehearse`);
    const first = declared.filter(rehearsable);
    const notRehearsed = declared.length - first.length;
    print(`\nAct 1: create (${first.length} registrations, local registrar, no AWS account)\n`);
    for (const registration of declared.filter((r) => !rehearsable(r))) {
      print(`── Not rehearsed: ${registration.stackName}/${registration.logicalId}\n   type ${parseResourceProperties(registration.properties).RegistrationType}`
        + ' is not in the bundled catalog, so the local registrar has no form for it; at deploy the live form decides');
    }
    const created = new Map<string, string>();
    for (const registration of first) {
      created.set(`${registration.stackName}/${registration.logicalId}`, await deploy(registrars, registration, 'Create', {}, print, progress));
    }
    if (!options.revision) {
      print(`\nRehearsal complete: ${first.length} registrations were created through the handler bundle the construct deploys`
        + `${notRehearsed ? `; ${notRehearsed} of a type outside the bundled catalog ${notRehearsed === 1 ? 'was' : 'were'} not rehearsed` : ''}.`);
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
    await registrars.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
