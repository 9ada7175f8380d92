import { RegistrationResourceProperties, desiredFieldValues } from '../contract/resource-properties';
import { DesiredRegistration } from './types';

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
