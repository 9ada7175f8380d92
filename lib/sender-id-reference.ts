import { ArnFormat, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export { senderIdCountryOf } from './core/forms/sender-id-country';

/**
 * The sender ID's ARN in the stack of `scope`, in the documented format
 * `arn:${Partition}:sms-voice:${Region}:${Account}:sender-id/${SenderId}/${IsoCountryCode}` (Service Authorization
 * Reference, "Actions, resources, and condition keys for AWS End User Messaging SMS and Voice V2", resource type
 * sender-id; the user guide's "AWS End User Messaging SMS actions for IAM policies" gives the same format).
 */
export function senderIdArnIn(scope: Construct, senderId: string, isoCountryCode: string): string {
  return Stack.of(scope).formatArn({
    service: 'sms-voice', resource: 'sender-id', resourceName: `${senderId}/${isoCountryCode}`, arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}
