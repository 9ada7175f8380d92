import type { SecretFieldReading } from '../../lambda/tools-api';
import { RegistrationResourceProperties } from '../../lib/core/contract/resource-properties';
import { describeSecretSource } from '../../lib/core/contract/secret-fields';
import { FieldValue, secretValue, shownFieldValue, textOf } from '../../lib/core/field-value';
import { desiredRegistration } from '../../lib/core/lifecycle/desired-state';
import { planFieldChanges, planRegistration } from '../../lib/core/lifecycle/plan';
import { BlockedBecause } from '../../lib/core/lifecycle/statuses';
import { replacesClosed } from '../../lib/core/lifecycle/transitions';
import { ActualRegistration, DesiredRegistration, Operation } from '../../lib/core/lifecycle/types';
import { SENDER_ID_FIELD } from '../deployed/managed-registrations';
import { DeployedMatch } from './find-deployed';

/** What `cdk deploy` would do to one declared registration. */
export type DeployAction = 'create' | 'no change' | 'write draft' | 'submit draft' | 'new version' | 'replace' | 'blocked' | 'tags only' | 'unknown';

export interface DeployPreview {
  readonly logicalId: string;
  readonly registrationType: string;
  readonly senderId: string;
  readonly registrationId?: string;
  readonly action: DeployAction;
  /** One sentence: what the deploy does and why. */
  readonly summary: string;
  /** `~ path: old → new`, `+ path: new`, `- path`; personal values hidden. */
  readonly fieldChanges: string[];
  /** `set key=value`, `remove key`. */
  readonly tagChanges: string[];
  /** One line per value from a secret: where it comes from, and `changed`, `unchanged`, `to be written` or why it cannot be read. */
  readonly secretFields: string[];
  /** How many of those values could not be read: the handler reads them all before writing, so any fails the deploy. */
  readonly unreadableSecrets: number;
  /** Set when the registration was changed outside the stack since the last deploy (lib/core/lifecycle/written-values.ts). */
  readonly drift?: string;
}

const NO_SECRETS: SecretFieldReading = { values: {}, problems: {} };

/**
 * The handler's own decision (the planner in lib/core/lifecycle, on state read as the handler reads it),
 * told as what a deploy would do. The planner's operations are the whole predicted sequence.
 */
export function previewDeploy(
  logicalId: string, declared: RegistrationResourceProperties, match: DeployedMatch, secrets: SecretFieldReading = NO_SECRETS,
): DeployPreview {
  const actualValues = match.kind === 'found' ? match.actual.values : {};
  const props = withSecretValues(declared, secrets, actualValues);
  const secretFields = secretFieldLines(declared, secrets, actualValues, match.kind === 'found');
  const unreadable = Object.keys(secrets.problems).length;
  const base = {
    logicalId, registrationType: props.RegistrationType, senderId: String(props.Fields[SENDER_ID_FIELD] ?? '(none)'), secretFields,
    unreadableSecrets: unreadable,
  };
  const desired = desiredRegistration(props);
  if (unreadable > 0) {
    // The handler reads every secret before it writes anything: one that cannot be read fails the deploy.
    return {
      ...base, action: 'blocked', fieldChanges: [], tagChanges: [],
      summary: `blocked: ${unreadable} value${unreadable === 1 ? '' : 's'} from secrets cannot be read, so the deploy would fail and write nothing`,
    };
  }
  const submitting = desired.submit ? ', then submit it for review' : ', and leave it as a draft (submit: false)';
  if (match.kind === 'ambiguous') {
    return {
      ...base, action: 'unknown', fieldChanges: [], tagChanges: [],
      summary: `cannot tell which deployed registration this is: ${match.registrationIds.join(', ')} all match; nothing is predicted`,
    };
  }
  if (match.kind === 'none') {
    if (props.AdoptRegistrationId) {
      return {
        ...base, action: 'blocked', fieldChanges: [], tagChanges: [],
        summary: `adopt ${props.AdoptRegistrationId}: not found in this account and Region, so the deploy would fail and write nothing`,
      };
    }
    return {
      ...base, action: 'create', fieldChanges: [], tagChanges: [],
      summary: `create: not deployed yet; a new registration with ${newRegistrationContents(desired)}${submitting}`,
    };
  }

  const actual = match.actual;
  const plan = planRegistration(desired, actual);
  // A blocked deploy does nothing, but the fields that wait for the review to end (or go to a replacement) are worth showing.
  const changes = changesOf(actual, plan.blockedReason ? planFieldChanges(desired, actual) : plan.operations, declared);
  const version = `version ${actual.versionNumber} is ${actual.versionStatus}`;
  const fields = changes.fieldChanges.length;
  const counted = `${fields} field change${fields === 1 ? '' : 's'}`;
  const adopting = match.adopting ? `adopt ${actual.registrationId} and ` : '';
  const preview = (action: DeployAction, summary: string): DeployPreview => ({
    ...base, registrationId: actual.registrationId, action, summary: `${adopting}${summary}`, ...changes,
  });

  if (replacesClosed(props, actual.registrationStatus)) {
    return preview('replace', 'replace: the registration is CLOSED (its sender ID was deleted) and its removal policy is DESTROY, so a '
      + `deploy that changes a value or sets DESTROY creates a new registration with ${newRegistrationContents(desired)}${submitting}; the closed one is then deleted`);
  }
  switch (plan.outcome) {
    case 'blocked':
      return preview('blocked', `blocked: ${version} (${BLOCKED_WORDS[plan.blockedBecause!]}), so the deploy would fail and write nothing; `
        + `${counted} waiting`);
    case 'replacement':
      return preview('replace', `replace: ${version} and its form cannot be amended once submitted, so a new registration with `
        + `${counted} is created${submitting}; it is usable after the ${plan.replacement!.newRegistrationWait}. ${actual.registrationId} `
        + `is kept until the new one is COMPLETE, then ${oldRegistrationFate(props, plan.replacement!.reRegistrationBlock)}`);
    case 'new-version': return preview('new version', `new version ${actual.versionNumber + 1} (${version}) with ${counted}${submitting}`);
    case 'write-draft': return preview('write draft', `write ${counted} into draft version ${actual.versionNumber}${submitting}`);
    case 'submit-draft': return preview('submit draft', `submit draft version ${actual.versionNumber} for review (its fields already match)`);
    case 'tags-only': return preview('tags only', `tags only (${version}; no new version)`);
    case 'discard-draft':
    case 'no-change': return preview('no change', `no change (${version})`);
  }
}

/** What a later deploy does to the replaced registration: the removal policy decides (lambda/replacement.ts). */
function oldRegistrationFate(props: RegistrationResourceProperties, reRegistrationBlock: string): string {
  return props.RemovalPolicy === 'destroy'
    ? `deleted (removal policy DESTROY): ${reRegistrationBlock}`
    : 'kept in AWS, no longer managed by this stack (removal policy RETAIN)';
}

/** Why no write is possible, in a few words; the handler's full message says what to do. */
const BLOCKED_WORDS: Record<BlockedBecause, string> = {
  'under-review': 'under review',
  'authentication': 'waiting for the contact\'s email authentication',
  'provisioning': 'the registration is PROVISIONING: approved, sender ID being provisioned; deploy after COMPLETE',
  'closed': 'the registration is CLOSED: its sender ID was deleted, so it must be replaced; with removal policy DESTROY a deploy replaces it',
  'deleted': 'the registration is DELETED',
};

/** What a new registration is filled with: a Create converges an empty first draft, so the same planner says what that takes. */
function newRegistrationContents(desired: DesiredRegistration): string {
  const writes = planRegistration(desired, newRegistration(desired.registrationType)).operations;
  return `${writes.filter((o) => o.kind === 'putField').length} fields and ${writes.filter((o) => o.kind === 'attach').length} documents`;
}

/** What a Create starts from: a new registration's empty first draft. */
function newRegistration(registrationType: string): ActualRegistration {
  return {
    registrationId: '', registrationArn: '', registrationType, registrationStatus: 'CREATED', versionNumber: 1, versionStatus: 'DRAFT',
    values: {}, attachmentContentHashes: {}, tags: [],
  };
}

/**
 * The properties with the secrets' values in Fields, for the planner only (nothing is written). A value that cannot
 * be read stands in as the registration's current one, so the rest of the plan stays readable.
 */
function withSecretValues(
  props: RegistrationResourceProperties, secrets: SecretFieldReading, actualValues: Record<string, FieldValue>,
): RegistrationResourceProperties {
  const standIns = Object.fromEntries(Object.keys(secrets.problems).map((path) => [path, textOf(actualValues[path]) ?? '']));
  return { ...props, Fields: { ...props.Fields, ...standIns, ...secrets.values } };
}

function secretFieldLines(
  props: RegistrationResourceProperties, secrets: SecretFieldReading, actualValues: Record<string, FieldValue>, deployed: boolean,
): string[] {
  return Object.entries(props.SecretFields ?? {}).map(([path, ref]) => {
    const problem = secrets.problems[path];
    const state = problem ?? (!deployed ? 'to be written'
      : textOf(actualValues[path]) === secrets.values[path] ? 'unchanged' : 'changed');
    return `${path} ${describeSecretSource(ref)}: ${state}`;
  });
}

function changesOf(
  actual: ActualRegistration, operations: Operation[], props: RegistrationResourceProperties,
): Pick<DeployPreview, 'fieldChanges' | 'tagChanges'> {
  const fieldChanges: string[] = [];
  const tagChanges: string[] = [];
  for (const op of operations) {
    const secret = 'fieldPath' in op ? props.SecretFields?.[op.fieldPath] : undefined;
    if (op.kind === 'putField' && secret) {
      // Never the value, public field or not: only where it comes from.
      fieldChanges.push(`${actual.values[op.fieldPath] ? '~' : '+'} ${op.fieldPath}: ${shownFieldValue(op.fieldPath, secretValue(secret))}`);
    } else if (op.kind === 'putField') {
      const before = actual.values[op.fieldPath];
      fieldChanges.push(before
        ? `~ ${op.fieldPath}: ${shownFieldValue(op.fieldPath, before)} → ${shownFieldValue(op.fieldPath, op.value)}`
        : `+ ${op.fieldPath}: ${shownFieldValue(op.fieldPath, op.value)}`);
    } else if (op.kind === 'attach') {
      fieldChanges.push(`${actual.values[op.fieldPath] ? '~' : '+'} ${op.fieldPath}: document ${op.attachment.FileName}`);
    } else if (op.kind === 'deleteField') {
      fieldChanges.push(`- ${op.fieldPath}`);
    } else if (op.kind === 'tag') {
      tagChanges.push(...op.tags.map((t) => `set ${t.Key}=${t.Value}`));
    } else if (op.kind === 'untag') {
      tagChanges.push(...op.keys.map((k) => `remove ${k}`));
    }
  }
  return { fieldChanges, tagChanges };
}
