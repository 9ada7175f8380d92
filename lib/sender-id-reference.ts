import { ArnFormat, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/** Sender ID registration types are named `<ISO2>_SENDER_ID_REGISTRATION` (IN, ID, JO, SG, …). */
const SENDER_ID_REGISTRATION_TYPE = /^([A-Z]{2})_SENDER_ID_REGISTRATION$/;

/** The country (ISO 3166-1 alpha-2) whose sender ID a registration type registers, or undefined for another kind of registration. */
export function senderIdCountryOf(registrationType: string): string | undefined {
  return SENDER_ID_REGISTRATION_TYPE.exec(registrationType)?.[1];
}

/**
 * The sender ID's ARN in the stack of `scope`, in the documented format
 * `arn:${Partition}:sms-voice:${Region}:${Account}:sender-id/${SenderId}/${IsoCountryCode}` (Service Authorization
 * Reference, resource type SenderId).
 */
export function senderIdArnIn(scope: Construct, senderId: string, isoCountryCode: string): string {
  return Stack.of(scope).formatArn({
    service: 'sms-voice', resource: 'sender-id', resourceName: `${senderId}/${isoCountryCode}`, arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}
