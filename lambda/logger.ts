import { Logger } from '@aws-lambda-powertools/logger';
import { loggerServiceName } from './settings';

/**
 * Structured JSON logs. Entries hold ids, operation names, statuses, field paths and counts, never
 * field values, contact data, documents or the CloudFormation ResponseURL.
 */
export const logger = new Logger({ serviceName: loggerServiceName() });
