import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';

/**
 * Whether CloudFormation is rolling the stack back. A rollback arrives as an ordinary Update with
 * the old properties; only the stack's status tells it apart, and a rollback must never fail
 * because of us (that would leave the stack in UPDATE_ROLLBACK_FAILED).
 */
export type RollbackDetector = (stackId: string) => Promise<boolean>;

export const stackIsRollingBack: RollbackDetector = async (stackId) => {
  const client = new CloudFormationClient({ retryMode: 'standard', maxAttempts: 5 });
  const out = await client.send(new DescribeStacksCommand({ StackName: stackId }));
  const status = out.Stacks?.[0]?.StackStatus ?? '';
  // ROLLBACK_IN_PROGRESS (a failed stack create) brings only Deletes: it matters for adopted registrations.
  return status === 'UPDATE_ROLLBACK_IN_PROGRESS' || status === 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS' || status === 'ROLLBACK_IN_PROGRESS';
};
