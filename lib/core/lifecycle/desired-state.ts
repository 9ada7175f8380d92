import { RegistrationResourceProperties, desiredFieldValues, unresolvedSecretPaths } from '../contract/resource-properties';
import { DesiredRegistration } from './types';

/** The planner's view of what the resource properties ask for. */
export function desiredRegistration(props: RegistrationResourceProperties): DesiredRegistration {
  const unresolved = unresolvedSecretPaths(props);
  // A guard, not a path users reach: the handler resolves secrets right after parsing the event.
  if (unresolved.length > 0) throw new Error(`values from secrets were not read before planning: ${unresolved.join(', ')}`);
  const all = desiredFieldValues({ ...props, Attachments: {} });
  return {
    registrationType: props.RegistrationType,
    fields: all,
    attachments: props.Attachments,
    submit: props.Submit,
    awsReview: props.AwsReview,
    tags: props.Tags,
  };
}
