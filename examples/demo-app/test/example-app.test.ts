import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { SenderIdRegistration } from '../../../lib';
import {
  INDIA_REGISTRATION_ID, INDONESIA_REGISTRATION_ID, createExampleStacks, indiaStackName, indonesiaStackName,
} from '../example-stacks';
import { suppressInherentFindings } from '../nag-suppressions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const context = require('../../../cdk.json').context;

function exampleApp(stage: string, suppress: boolean) {
  const app = new App({ context });
  const stacks = createExampleStacks(app, stage);
  if (suppress) [stacks.india, stacks.indonesia].forEach(suppressInherentFindings);
  Aspects.of(app).add(new AwsSolutionsChecks());
  return stacks;
}

const registrationIds = (stack: Stack) => stack.node.findAll().filter((c) => c instanceof SenderIdRegistration).map((c) => c.node.id);

const prod = exampleApp('prod', true);
const india = Template.fromStack(prod.india);
const indonesia = Template.fromStack(prod.indonesia);

describe('example app', () => {
  test('one stack per country, named by stage, in the stage account and Regions from cdk.json', () => {
    expect(prod.india.stackName).toBe(indiaStackName('prod'));
    expect(prod.india.stackName).toBe('SenderIds-India-prod');
    expect(prod.indonesia.stackName).toBe('SenderIds-Indonesia-prod');
    expect([prod.india.account, prod.india.region]).toEqual(['222222222222', 'ap-south-1']);
    expect([prod.indonesia.account, prod.indonesia.region]).toEqual(['222222222222', 'ap-southeast-1']);
    // One registration per stack, under the id its logical ID (and so `cdk diff`) is made of.
    expect(registrationIds(prod.indonesia)).toEqual([INDONESIA_REGISTRATION_ID]);
    expect(registrationIds(prod.india)).toEqual([INDIA_REGISTRATION_ID]);
  });

  test('India registers DEMOCO; Indonesia DEMOID with every document a local company needs', () => {
    india.hasResourceProperties('Custom::SenderIdRegistration', {
      RegistrationType: 'IN_SENDER_ID_REGISTRATION', Fields: Match.objectLike({ 'senderIdInfo.senderId': 'DEMOCO' }),
    });
    indonesia.hasResourceProperties('Custom::SenderIdRegistration', {
      RegistrationType: 'ID_SENDER_ID_REGISTRATION',
      Fields: Match.objectLike({ 'senderIdInfo.senderId': 'DEMOID', 'companyAddress.isoCountryCode': 'ID' }),
      Attachments: Match.objectLike(Object.fromEntries([1, 2, 3, 4].map((n) => [`idSidSpecificInfo.letterOfAuthorization${n}`, Match.anyValue()]))),
    });
    const attachments = Object.values(indonesia.findResources('Custom::SenderIdRegistration'))[0].Properties.Attachments;
    expect(Object.keys(attachments)).toHaveLength(7);
  });

  test('an unknown stage is refused with the stages there are', () => {
    expect(() => createExampleStacks(new App({ context }), 'qa')).toThrow('Unknown stage "qa": cdk.json context "stages" has dev, prod');
  });

  test('no registration carries a lint warning (a denial risk the reviewer would flag)', () => {
    for (const stack of [prod.india, prod.indonesia]) {
      expect(stack.registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning')).toEqual([]);
    }
  });

  test('stack names differ per stage so dev and prod can live side by side', () => {
    expect(indonesiaStackName('dev')).toBe('SenderIds-Indonesia-dev');
  });
});

describe('cdk-nag AwsSolutions', () => {
  test.each([['India', prod.india], ['Indonesia', prod.indonesia]])('%s stack: no finding left unexplained', (_name, stack) => {
    Template.fromStack(stack);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
  });

  test('without the suppressions the inherent findings are reported (the suppressions are not blanket)', () => {
    const bare = exampleApp('dev', false);
    const errors = Annotations.fromStack(bare.indonesia).findError('*', Match.stringLikeRegexp('AwsSolutions-'));
    const ids = new Set(errors.map((e) => String(e.entry.data).split(':')[0].replace(/\[.*$/, '')));
    // No AwsSolutions-IAM4: the framework's roles are ours, without AWSLambdaBasicExecutionRole.
    expect([...ids].sort()).toEqual(['AwsSolutions-IAM5', 'AwsSolutions-SF1', 'AwsSolutions-SF2']);
  });
});
