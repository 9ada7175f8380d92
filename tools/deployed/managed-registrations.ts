import { STACK_TAG_KEY, TagProperty } from '../../lib/core/contract/resource-properties';
import { SENDER_ID_FIELD } from '../../lib/core/forms/common-fields';
import { ReadOnlyRegistrationApi } from './read-only-api';

/** A registration the construct manages: one that carries the stack tag (its value is the stack name). */
export interface ManagedRegistration {
  readonly registrationId: string;
  readonly registrationArn: string;
  readonly registrationType: string;
  readonly registrationStatus: string;
  readonly stackName: string;
  readonly tags: TagProperty[];
}

/**
 * Every registration that carries the construct's stack tag, optionally only those of one stack. A
 * deleted registration is left out: nothing can be done with it, and a deploy never matches it.
 */
export async function managedRegistrations(api: ReadOnlyRegistrationApi, stackName?: string): Promise<ManagedRegistration[]> {
  const managed: ManagedRegistration[] = [];
  for (const registration of await api.registrations()) {
    if (registration.RegistrationStatus === 'DELETED') continue;
    const tags = await api.listTags(registration.RegistrationArn!);
    const stack = tags.find((t) => t.Key === STACK_TAG_KEY)?.Value;
    if (stack === undefined || (stackName !== undefined && stack !== stackName)) continue;
    managed.push({
      registrationId: registration.RegistrationId!,
      registrationArn: registration.RegistrationArn!,
      registrationType: registration.RegistrationType!,
      registrationStatus: registration.RegistrationStatus!,
      stackName: stack,
      tags,
    });
  }
  return managed;
}

export { SENDER_ID_FIELD };
