import { DesiredRegistration } from '../lib/planner/types';
import { RegistrationResourceProperties, desiredFieldValues } from '../lib/resource-properties';

/** The planner's view of what the resource properties ask for. */
export function desiredRegistration(props: RegistrationResourceProperties): DesiredRegistration {
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
