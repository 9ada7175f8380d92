import { AttachmentProperty, RegistrationResourceProperties } from '../../lib/core/contract/resource-properties';
import { FieldValue, isShowableValue, sameFieldValue } from '../../lib/core/field-value';
import { fieldLabel } from './field-labels';
import { reviewedFields, shownField } from './secret-fields';

export type ChangeKind = 'added' | 'changed' | 'removed';

/** One line of a registration's diff. `before` and `after` are already safe to show (personal data hidden). */
export interface Change {
  readonly kind: ChangeKind;
  /** What changed, for people: a field's title, "Attachment: <title>", "Tag <key>", or a setting. */
  readonly label: string;
  /** The field path or property name, so a reviewer can find it in `cdk diff`. */
  readonly path: string;
  readonly before?: string;
  readonly after?: string;
  /** A personal value changed: the report says so without either value. */
  readonly hidden?: boolean;
}

/** Every difference between the base and the head properties of one registration, fields in form order. */
export function diffRegistration(base: RegistrationResourceProperties, head: RegistrationResourceProperties): Change[] {
  return [...settingChanges(base, head), ...fieldChanges(base, head), ...attachmentChanges(base, head), ...tagChanges(base, head)];
}

function compare<T>(
  before: Record<string, T>, after: Record<string, T>, same: (a: T, b: T) => boolean, make: (kind: ChangeKind, path: string) => Change,
): Change[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return paths.flatMap((p): Change[] => {
    if (!(p in before)) return [make('added', p)];
    if (!(p in after)) return [make('removed', p)];
    return same(before[p], after[p]) ? [] : [make('changed', p)];
  });
}

const SETTING_LABELS: Record<string, string> = {
  RegistrationType: 'Registration type',
  Submit: 'Submit for review',
  AwsReview: 'AWS review',
  RemovalPolicy: 'Removal policy',
  AdoptRegistrationId: 'Adopt registration',
};

function settingChanges(base: RegistrationResourceProperties, head: RegistrationResourceProperties): Change[] {
  const settings = (p: RegistrationResourceProperties): Record<string, string> => ({
    RegistrationType: p.RegistrationType,
    Submit: String(p.Submit),
    AwsReview: String(p.AwsReview),
    RemovalPolicy: p.RemovalPolicy,
    ...(p.AdoptRegistrationId ? { AdoptRegistrationId: p.AdoptRegistrationId } : {}),
  });
  const before = settings(base);
  const after = settings(head);
  return compare(before, after, (a, b) => a === b, (kind, path) => ({
    kind, label: SETTING_LABELS[path], path,
    ...(path in before ? { before: before[path] } : {}),
    ...(path in after ? { after: after[path] } : {}),
  }));
}

function fieldChanges(base: RegistrationResourceProperties, head: RegistrationResourceProperties): Change[] {
  const label = (path: string) => fieldLabel(head.RegistrationType, path, base.RegistrationType);
  const beforeFields = reviewedFields(base);
  const afterFields = reviewedFields(head);
  const changes = compare(beforeFields, afterFields, sameFieldValue, (kind, path): Change => {
    const title = label(path).title;
    const before: FieldValue | undefined = beforeFields[path];
    const after: FieldValue | undefined = afterFields[path];
    // A reference on either side may be shown: it names where the value comes from, not the value.
    const shown = (after !== undefined && isShowableValue(path, after)) || (before !== undefined && before.kind === 'secret');
    if (kind === 'changed' && !shown) return { kind, label: title, path, hidden: true };
    return {
      kind, label: title, path,
      ...(before !== undefined ? { before: shownField(path, before) } : {}),
      ...(after !== undefined ? { after: shownField(path, after) } : {}),
    };
  });
  return changes.sort((a, b) => label(a.path).order - label(b.path).order || a.path.localeCompare(b.path));
}

function attachmentChanges(base: RegistrationResourceProperties, head: RegistrationResourceProperties): Change[] {
  const shown = (a: AttachmentProperty | undefined) => (a ? `${a.FileName} (sha256 ${a.ContentHash.slice(0, 12)}…)` : undefined);
  return compare(base.Attachments, head.Attachments, (a, b) => a.ContentHash === b.ContentHash, (kind, path): Change => ({
    kind,
    label: `Attachment: ${fieldLabel(head.RegistrationType, path, base.RegistrationType).title}`,
    path,
    ...(base.Attachments[path] ? { before: shown(base.Attachments[path]) } : {}),
    ...(head.Attachments[path] ? { after: shown(head.Attachments[path]) } : {}),
  }));
}

function tagChanges(base: RegistrationResourceProperties, head: RegistrationResourceProperties): Change[] {
  const before = Object.fromEntries(base.Tags.map((t) => [t.Key, t.Value]));
  const after = Object.fromEntries(head.Tags.map((t) => [t.Key, t.Value]));
  return compare(before, after, (a, b) => a === b, (kind, key) => ({
    kind, label: `Tag ${key}`, path: `Tags.${key}`,
    ...(key in before ? { before: before[key] } : {}),
    ...(key in after ? { after: after[key] } : {}),
  }));
}
