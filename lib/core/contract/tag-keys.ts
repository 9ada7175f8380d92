/**
 * The tag keys this library writes, in one place and under one prefix, so a person can tell our tags from theirs.
 * Defined in the core, not with the provider, because the handler bundle must not pull in aws-cdk-lib.
 */
const PREFIX = 'sender-id-registration:';

/**
 * On every registration, value: the stack name. CreateRegistration is allowed only with it, and adoption refuses a
 * registration that another stack's tag claims.
 */
export const STACK_TAG_KEY = `${PREFIX}stack`;

/**
 * On every registration, value: its resource's CloudFormation logical ID, so tools that see only the registrations
 * (`npm run plan`) can tell which declared resource each one is.
 */
export const RESOURCE_TAG_KEY = `${PREFIX}resource`;

/** On every attachment we upload, value: the file's content hash, so a person (and older deploys) can tell which file it holds. */
export const CONTENT_HASH_TAG = `${PREFIX}content-hash`;

/**
 * On the registration, one per attachment field (`<prefix><field path>` = `<attachment id> <content hash>`): the
 * attachment we uploaded for that field and its file's hash (lib/core/lifecycle/attachment-records.ts).
 */
export const ATTACHMENT_RECORD_TAG_PREFIX = `${PREFIX}attachment:`;
