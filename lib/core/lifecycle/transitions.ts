import { RegistrationResourceProperties } from '../contract/resource-properties';
import { unamendableAfterSubmit } from '../forms';
import { AfterSubmitRule } from '../forms/form-rules';
import { RegistrationStatusName } from './statuses';

/**
 * The lifecycle's decisions, as functions of the resource's properties: the handler asks them after
 * parsing its event, and `review` asks them of two synthesized property sets, so the report can never
 * say something the deploy would not do.
 */

/** Whether a Create takes over an existing registration (e.g. one made in the console) instead of creating one. */
export function adoptsOnCreate(props: RegistrationResourceProperties): boolean {
  return props.AdoptRegistrationId !== undefined;
}

/**
 * Whether an update replaces the registration: a registration's type cannot change, so a new one is
 * created and CloudFormation then deletes the old one according to its removal policy.
 */
export function isReplacement(oldProps: RegistrationResourceProperties, newProps: RegistrationResourceProperties): boolean {
  return oldProps.RegistrationType !== newProps.RegistrationType;
}

/**
 * Whether an Update replaces a CLOSED registration: its sender ID was deleted, so it can never send again, and
 * the removal policy DESTROY allows the closed one to be deleted once a new one takes its place. With RETAIN
 * the registration is left as it is and a field change fails with the CLOSED message (status-behaviour.ts).
 */
export function replacesClosed(props: RegistrationResourceProperties, registrationStatus: RegistrationStatusName | undefined): boolean {
  return registrationStatus === 'CLOSED' && props.RemovalPolicy === 'destroy';
}

/**
 * The part of `replacesClosed` the properties alone decide, asked first so other updates cost no read: DESTROY, and
 * either newly set (what the CLOSED message asks for) or with changed values (which a closed registration cannot take).
 */
export function mayReplaceClosed(oldProps: RegistrationResourceProperties, newProps: RegistrationResourceProperties): boolean {
  return newProps.RemovalPolicy === 'destroy' && (oldProps.RemovalPolicy !== 'destroy' || declaredValuesDiffer(oldProps, newProps));
}

/**
 * Why an update's adoption request is refused, or undefined when it is fine. Adoption happens only on
 * Create: an Update that newly asks to adopt a different registration would otherwise silently keep
 * converging the current one (`registrationId`). Removing the prop after the first deploy, or naming
 * the registration already held, is fine.
 */
export function adoptionRefusedOnUpdate(
  oldProps: RegistrationResourceProperties, newProps: RegistrationResourceProperties, registrationId: string,
): string | undefined {
  const wanted = newProps.AdoptRegistrationId;
  if (wanted === undefined || wanted === registrationId || wanted === oldProps.AdoptRegistrationId) return undefined;
  return `AdoptRegistrationId: this resource already manages registration ${registrationId}; adoption happens only `
    + `when the resource is created, so ${wanted} is not adopted and nothing was written. Declare the adopting registration as a new `
    + 'construct (a new id), or remove adoptRegistrationId.';
}

/**
 * The form's rule when an update must replace a registration that cannot be amended (Austria): same type,
 * a form whose submitted registrations cannot change, a registration that has been submitted (it left
 * CREATED), and declared values that differ. Tags, Submit and the removal policy alone change nothing the
 * reviewer saw, so they do not replace it. Undefined when the update converges the registration as usual.
 */
export function unamendableReplacement(
  oldProps: RegistrationResourceProperties, newProps: RegistrationResourceProperties, registrationStatus: RegistrationStatusName,
): AfterSubmitRule | undefined {
  return registrationStatus === 'CREATED' ? undefined : unamendableChange(oldProps, newProps);
}

/** The part of `unamendableReplacement` the properties alone decide: asked first, so other forms cost no read. */
export function unamendableChange(oldProps: RegistrationResourceProperties, newProps: RegistrationResourceProperties): AfterSubmitRule | undefined {
  const rule = unamendableAfterSubmit(newProps.RegistrationType);
  if (!rule || isReplacement(oldProps, newProps)) return undefined;
  return declaredValuesDiffer(oldProps, newProps) ? rule : undefined;
}

function declaredValuesDiffer(a: RegistrationResourceProperties, b: RegistrationResourceProperties): boolean {
  const values = (p: RegistrationResourceProperties) => canonical({ fields: p.Fields, attachments: p.Attachments, secrets: p.SecretFields ?? {} });
  return values(a) !== values(b);
}

/** JSON with keys sorted, so the order properties were declared in does not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
    : v));
}
