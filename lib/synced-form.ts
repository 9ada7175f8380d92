import { CfnResource } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import {
  DEFINITIONS_CONTEXT_KEY, FORM_IN_USE_METADATA, formInUse, FormInUseRecord, readSyncedDefinitions, SyncedDefinitions, syncedDefinitionsFolder,
} from './core/forms/catalog/synced-definitions';

// Read once per app: an ISV app declares hundreds of registrations from the same folder.
const byApp = new WeakMap<IConstruct, SyncedDefinitions | null>();

/**
 * The app's synced definitions: the folder CDK context `sender-id-registration:definitions` names (relative to the
 * directory cdk runs the app in), else ./sender-id-definitions if `definitions sync` wrote it there.
 */
export function appSyncedDefinitions(scope: IConstruct): SyncedDefinitions | undefined {
  const root = scope.node.root;
  if (!byApp.has(root)) {
    const folder = syncedDefinitionsFolder(scope.node.tryGetContext(DEFINITIONS_CONTEXT_KEY), process.cwd());
    byApp.set(root, folder ? readSyncedDefinitions(folder) : null);
  }
  return byApp.get(root) ?? undefined;
}

/** Records the form on the custom resource itself, beside its logical id, where the tools that read the assembly look. */
export function recordFormInUse(resource: IConstruct, registrationType: string, synced: SyncedDefinitions | undefined): void {
  const form = formInUse(registrationType, synced);
  if (!form) return;
  const record: FormInUseRecord = {
    registrationType: form.entry.RegistrationType,
    origin: form.origin,
    source: form.source,
    ...(form.origin === 'synced' && synced ? { folder: synced.folder } : {}),
  };
  const target = resource.node.defaultChild instanceof CfnResource ? resource.node.defaultChild : resource;
  target.node.addMetadata(FORM_IN_USE_METADATA, record);
}

export { FORM_IN_USE_METADATA } from './core/forms/catalog/synced-definitions';
