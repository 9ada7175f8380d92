import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Attachment, RegistrationField, SenderIdRegistration } from '../../lib';
import { handlerAssetDirectory } from '../../lib/handler-asset';
import { indiaProps, indonesiaProps, newStack } from './fixtures';

// GIVEN a stack with three registrations, file attachments and one attachment already in a KMS bucket
const stack = newStack('ap-southeast-1');
const key = new kms.Key(stack, 'DocumentsKey');
const bucket = new s3.Bucket(stack, 'Documents', { encryption: s3.BucketEncryption.KMS, encryptionKey: key });
const first = new SenderIdRegistration(stack, 'First', indonesiaProps());
new SenderIdRegistration(stack, 'Second', indonesiaProps({
  senderId: 'DEMOTWO',
  additionalFields: [RegistrationField.attachment('senderIdInfo.proofOfSenderIdConnection', Attachment.fromS3Object(bucket, 'proofs/demo.pdf'))],
}));
new SenderIdRegistration(stack, 'Third', indonesiaProps({ senderId: 'DEMO3' }));
const template = Template.fromStack(stack);
const resources = template.toJSON().Resources as Record<string, any>;

function statements(): any[] {
  return Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Policy').flatMap((r) => r.Properties.PolicyDocument.Statement);
}
const actionsOf = (s: any): string[] => [].concat(s.Action);
const resourcesOf = (s: any): any[] => [].concat(s.Resource);

describe('provider', () => {
  test('one provider per stack: one onEvent and one isComplete function and one state machine for three registrations', () => {
    template.resourceCountIs('Custom::SenderIdRegistration', 3);
    expect(Object.keys(template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.onEvent' } }))).toHaveLength(1);
    expect(Object.keys(template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.isComplete' } }))).toHaveLength(1);
    template.resourceCountIs('AWS::StepFunctions::StateMachine', 1);
    const tokens = Object.values(template.findResources('Custom::SenderIdRegistration')).map((r) => JSON.stringify(r.Properties.ServiceToken));
    expect(new Set(tokens).size).toBe(1);
  });

  test('handler functions: Node.js 24, 256 MB, one shared role, structured logging; onEvent may wait out throttling longer', () => {
    const handler = (name: string) => Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: `index.${name}` } }))[0];
    const [onEvent, isComplete] = [handler('onEvent'), handler('isComplete')];
    const logging = { POWERTOOLS_SERVICE_NAME: 'sender-id-registration', POWERTOOLS_LOG_LEVEL: 'INFO' };
    expect(onEvent.Properties).toMatchObject({
      Runtime: 'nodejs24.x', MemorySize: 256, Timeout: 900, Environment: { Variables: { ...logging, SMS_API_MAX_ATTEMPTS: '30' } },
    });
    expect(isComplete.Properties).toMatchObject({
      Runtime: 'nodejs24.x', MemorySize: 256, Timeout: 300, Environment: { Variables: { ...logging, SMS_API_MAX_ATTEMPTS: '10' } },
    });
    expect(onEvent.Properties.Role).toEqual(isComplete.Properties.Role);
    expect(onEvent.Properties.Code).toEqual(isComplete.Properties.Code);
  });

  test('the waiter polls every 10 seconds for up to 55 minutes', () => {
    const definition = JSON.stringify(Object.values(template.findResources('AWS::StepFunctions::StateMachine'))[0].Properties.DefinitionString);
    expect(definition).toContain('\\"IntervalSeconds\\":10');
    expect(definition).toContain('\\"MaxAttempts\\":330');
  });

  test('the Provider framework functions log nothing below FATAL: they would print every event, personal data included', () => {
    const framework = Object.values(template.findResources('AWS::Lambda::Function', {
      Properties: { Handler: Match.stringLikeRegexp('^framework\\.') },
    }));
    expect(framework.length).toBe(3);
    for (const fn of framework) expect(fn.Properties.LoggingConfig).toMatchObject({ ApplicationLogLevel: 'FATAL' });
  });

  test('the handler bundle is found from lib/ (source) and from dist/lib/ (compiled)', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handler-'));
    fs.mkdirSync(path.join(root, 'assets', 'handler'), { recursive: true });
    fs.writeFileSync(path.join(root, 'assets', 'handler', 'index.js'), '');
    expect(handlerAssetDirectory(path.join(root, 'lib'))).toBe(path.join(root, 'assets', 'handler'));
    expect(handlerAssetDirectory(path.join(root, 'dist', 'lib'))).toBe(path.join(root, 'assets', 'handler'));
  });

  test('a missing handler bundle fails with the command that builds it', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-handler-'));
    expect(() => handlerAssetDirectory(path.join(empty, 'lib'))).toThrow(/handler is not built.*Run `npm run build:handler`/);
  });
});

describe('IAM', () => {
  test('never grants sms-voice:* and lists exactly the operations the handler calls', () => {
    const smsActions = new Set(statements().flatMap(actionsOf).filter((a) => a.startsWith('sms-voice:')));
    expect(smsActions.has('sms-voice:*')).toBe(false);
    expect([...smsActions].sort()).toEqual([
      'CreateRegistration', 'CreateRegistrationAttachment', 'CreateRegistrationVersion', 'DeleteRegistration', 'DeleteRegistrationAttachment',
      'DeleteRegistrationFieldValue', 'DescribeRegistrationAttachments', 'DescribeRegistrationFieldDefinitions', 'DescribeRegistrationFieldValues',
      'DescribeRegistrationTypeDefinitions', 'DescribeRegistrationVersions', 'DescribeRegistrations', 'DiscardRegistrationVersion', 'ListTagsForResource', 'PutRegistrationFieldValue',
      'SubmitRegistrationVersion', 'TagResource', 'UntagResource',
    ].map((a) => `sms-voice:${a}`).sort());
  });

  test('"*" only for actions without resource types; the rest scoped to registration and attachment ARNs', () => {
    const sms = statements().filter((s) => actionsOf(s).some((a) => a.startsWith('sms-voice:')));
    const unscoped = sms.filter((s) => resourcesOf(s).includes('*')).flatMap(actionsOf);
    expect(unscoped.sort()).toEqual(['sms-voice:CreateRegistration', 'sms-voice:CreateRegistrationAttachment',
      'sms-voice:DescribeRegistrationFieldDefinitions', 'sms-voice:DescribeRegistrationTypeDefinitions']);
    const scopedResources = sms.filter((s) => !resourcesOf(s).includes('*')).flatMap(resourcesOf).map((r) => JSON.stringify(r));
    expect(scopedResources.length).toBeGreaterThan(0);
    for (const resource of scopedResources) {
      expect(resource).toMatch(/:sms-voice:ap-southeast-1:123456789012:registration(-attachment)?\/\*"/);
    }
  });

  test('the handler may read its own stack\'s status (to recognise a rollback), and nothing else of CloudFormation', () => {
    const cfn = statements().filter((s) => actionsOf(s).some((a) => a.startsWith('cloudformation:')));
    expect(cfn.flatMap(actionsOf)).toEqual(['cloudformation:DescribeStacks']);
    expect(cfn.flatMap(resourcesOf)).toEqual([{ Ref: 'AWS::StackId' }]);
  });

  test('CreateRegistration and CreateRegistrationAttachment require the stack tag in the request', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({
        Action: ['sms-voice:CreateRegistration', 'sms-voice:CreateRegistrationAttachment'], Resource: '*',
        Condition: { StringEquals: { 'aws:RequestTag/sender-id-registration:stack': 'Test' } },
      })]) },
    });
  });

  // Every action that changes a registration or an attachment; reads (Describe*, ListTagsForResource) stay unconditioned.
  const WRITES = [
    'CreateRegistration', 'CreateRegistrationAttachment', 'CreateRegistrationVersion', 'DeleteRegistration', 'DeleteRegistrationAttachment',
    'DeleteRegistrationFieldValue', 'DiscardRegistrationVersion', 'PutRegistrationFieldValue', 'SubmitRegistrationVersion',
    'TagResource', 'UntagResource',
  ].map((a) => `sms-voice:${a}`);
  const TAGGED = { StringEquals: { 'aws:ResourceTag/sender-id-registration:stack': 'Test' } };

  test('every write on a registration or attachment requires the resource to carry the stack tag', () => {
    for (const [actions, resource] of [
      [['PutRegistrationFieldValue', 'DeleteRegistrationFieldValue', 'SubmitRegistrationVersion', 'CreateRegistrationVersion',
        'DiscardRegistrationVersion', 'DeleteRegistration'], 'registration'],
      [['DeleteRegistrationAttachment'], 'registration-attachment'],
    ] as const) {
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({
          Action: actions.length === 1 ? `sms-voice:${actions[0]}` : actions.map((a) => `sms-voice:${a}`),
          Resource: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(`:sms-voice:ap-southeast-1:123456789012:${resource}/\\*$`)])] },
          Condition: TAGGED,
        })]) },
      });
    }
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({
        Action: ['sms-voice:TagResource', 'sms-voice:UntagResource'], Condition: TAGGED,
      })]) },
    });
    // No statement grants a write without one of the two tag conditions.
    const writes = statements().filter((st) => actionsOf(st).some((a) => WRITES.includes(a)));
    expect(writes.length).toBeGreaterThan(0);
    for (const st of writes) {
      expect(actionsOf(st).every((a) => WRITES.includes(a))).toBe(true);
      expect([TAGGED, { StringEquals: { 'aws:RequestTag/sender-id-registration:stack': 'Test' } }]).toContainEqual(st.Condition);
    }
  });

  test('an adopted registration: TagResource, and nothing else, on its exact ARN, before the resource runs', () => {
    const adopting = newStack('ap-southeast-1', 'Adopting');
    const adopted = new SenderIdRegistration(adopting, 'Adopted', indonesiaProps({ adoptRegistrationId: 'registration-0123456789abcdef' }));
    const t = Template.fromStack(adopting);
    const arn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:ap-southeast-1:123456789012:registration/registration-0123456789abcdef']] };
    // The grant lands on the handler role's policy; the registration waits for that policy.
    const [policyId] = Object.entries(t.findResources('AWS::IAM::Policy')).find(([, r]: [string, any]) => r.Properties.PolicyDocument.Statement
      .some((st: any) => st.Action === 'sms-voice:TagResource' && st.Effect === 'Allow' && JSON.stringify(st.Resource) === JSON.stringify(arn)))!;
    const resourceId = adopting.getLogicalId(adopted.node.findChild('Resource').node.defaultChild as any);
    expect(t.toJSON().Resources[resourceId].DependsOn).toContain(policyId);
    // The only writes without a tag condition are on exactly that ARN.
    const unconditioned = Object.values(t.findResources('AWS::IAM::Policy')).flatMap((r: any) => r.Properties.PolicyDocument.Statement)
      .filter((st: any) => actionsOf(st).some((a) => WRITES.includes(a)) && !st.Condition);
    expect(unconditioned.flatMap(actionsOf)).toEqual(['sms-voice:TagResource']);
  });

  test('the Provider framework runs as roles of ours: no managed policy, logs only to its own log group', () => {
    const provider = stack.node.findChild('SenderIdRegistrationProvider');
    const ref = (id: string) => stack.getLogicalId(provider.node.findChild(id).node.defaultChild as any);
    const [onEventRole, completeRole, frameworkLogs] = [ref('FrameworkOnEventRole'), ref('FrameworkCompleteRole'), ref('FrameworkLogs')];
    for (const role of [onEventRole, completeRole]) {
      expect(resources[role].Properties.ManagedPolicyArns).toBeUndefined();
      template.hasResourceProperties('AWS::IAM::Policy', {
        Roles: [{ Ref: role }],
        PolicyDocument: { Statement: Match.arrayWith([{
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [frameworkLogs, 'Arn'] },
        }]) },
      });
    }
    expect(Object.values(template.findResources('AWS::IAM::Role')).filter((r: any) => r.Properties.ManagedPolicyArns)).toEqual([]);
    const framework = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: Match.stringLikeRegexp('^framework\\.') } }));
    expect(framework.map((fn: any) => fn.Properties.Role['Fn::GetAtt'][0]).sort()).toEqual([completeRole, completeRole, onEventRole].sort());
    for (const fn of framework) expect(fn.Properties.LoggingConfig).toMatchObject({ LogGroup: { Ref: frameworkLogs } });
    // What the framework adds itself: starting the waiter (onEvent role only) and invoking our handlers.
    const policyOf = (role: string) => Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((p: any) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: role }]))
      .flatMap((p: any) => p.Properties.PolicyDocument.Statement);
    expect(policyOf(onEventRole).flatMap(actionsOf)).toContain('states:StartExecution');
    expect(policyOf(completeRole).flatMap(actionsOf)).not.toContain('states:StartExecution');
    for (const role of [onEventRole, completeRole]) {
      expect(new Set(policyOf(role).flatMap(actionsOf).filter((a) => a !== 'states:StartExecution')))
        .toEqual(new Set(['logs:CreateLogStream', 'logs:PutLogEvents', 'lambda:InvokeFunction', 'lambda:GetFunction']));
    }
  });

  test('s3:GetObject on exactly the attached objects, and kms:Decrypt on the bucket key for the S3 object', () => {
    const getObject = statements().filter((s) => actionsOf(s).includes('s3:GetObject'));
    expect(getObject.every((s) => actionsOf(s).length === 1)).toBe(true);
    const granted = new Set(getObject.flatMap(resourcesOf).map((r) => JSON.stringify(stack.resolve(r))));
    const attached = Object.values(template.findResources('Custom::SenderIdRegistration'))
      .flatMap((r) => Object.values(r.Properties.Attachments) as Array<{ S3Url: any }>)
      .map((a) => JSON.stringify(a.S3Url));
    // 6 distinct files (shared by the three registrations) + 1 S3 object.
    expect(granted.size).toBe(7);
    expect(new Set(attached).size).toBe(7);
    for (const url of attached) {
      const objectPath = url.includes('proofs/demo.pdf') ? 'proofs/demo.pdf' : JSON.parse(url).replace(/^s3:\/\/[^/]+\//, '');
      expect([...granted].some((arn) => arn.includes(objectPath))).toBe(true);
    }
    const decryptKey = statements().filter((s) => actionsOf(s).includes('kms:Decrypt') && !s.Condition);
    expect(decryptKey.flatMap(resourcesOf)).toEqual([{ 'Fn::GetAtt': [stack.getLogicalId(key.node.defaultChild as any), 'Arn'] }]);
  });

  test('file assets: kms:Decrypt only through S3 in this Region', () => {
    const viaS3 = statements().filter((s) => actionsOf(s).includes('kms:Decrypt') && s.Condition);
    expect(viaS3.length).toBeGreaterThan(0);
    for (const s of viaS3) expect(s.Condition).toEqual({ StringEquals: { 'kms:ViaService': 's3.ap-southeast-1.amazonaws.com' } });
  });

  test('each registration waits for the policy that lets the service read its documents', () => {
    const logicalId = stack.getLogicalId(first.node.findChild('Resource').node.defaultChild as any);
    const policyId = stack.getLogicalId(first.node.findChild('AttachmentReadPolicy').node.defaultChild as any);
    expect(resources[logicalId].DependsOn).toContain(policyId);
    expect(resources[policyId].Properties.Roles).toEqual([
      { Ref: stack.getLogicalId(stack.node.findChild('SenderIdRegistrationProvider').node.findChild('HandlerRole').node.defaultChild as any) },
    ]);
  });

  test('a registration without attachments gets no attachment policy', () => {
    const india = newStack('ap-south-1', 'NoDocs');
    new SenderIdRegistration(india, 'India', indiaProps());
    expect(india.node.findAll().filter((c) => c.node.id === 'AttachmentReadPolicy')).toHaveLength(0);
  });
});
