import { Stack } from 'aws-cdk-lib';
import { RegistrationRemovalPolicy, SenderIdRegistration } from '../../lib';
import { parseResourceProperties } from '../../lib/core/contract/resource-properties';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { renderMarkdown } from '../../tools/review/render-markdown';
import { buildReview } from '../../tools/review/review';
import { associationLines, closedLine } from '../../tools/review/standing-behaviour';
import { indiaProps } from '../construct/fixtures';
import { synthStage } from './helpers';

const ENV = { account: '123456789012', region: 'ap-south-1' };

describe('the review says how each registration associates, and what a CLOSED one does on the next deploy', () => {
  const head = synthStage('dev', (app) => {
    const stack = new Stack(app, 'India', { env: ENV });
    new SenderIdRegistration(stack, 'Kept', { ...indiaProps(), senderId: 'KEPTID' });
    new SenderIdRegistration(stack, 'Replaced', { ...indiaProps(), senderId: 'REPLCD', removalPolicy: RegistrationRemovalPolicy.DESTROY });
  });
  const markdown = renderMarkdown(buildReview({ head: [head] }));
  const section = (senderId: string) => markdown.split('### ').find((s) => s.startsWith(`\`${senderId}\``))!;

  test('a sender ID type: provisioned on approval, as documented for every sender ID type, the behaviour a code span', () => {
    expect(section('KEPTID')).toContain('- **Association:** `ASSOCIATE_ON_APPROVAL`: the sender ID is provisioned when the registration is '
      + 'approved, with no association step (documented for every sender ID type');
  });

  test('RETAIN: the next deploy that changes a CLOSED registration fails and says so; DESTROY: it is replaced by a new one, a new fee', () => {
    expect(section('KEPTID')).toContain('- **If AWS closes it (`CLOSED`):** removal policy `RETAIN`: the next deploy that changes it fails, '
      + 'saying the registration is closed, and writes nothing');
    expect(section('REPLCD')).toContain('- **If AWS closes it (`CLOSED`):** removal policy `DESTROY`: the next deploy that changes it is '
      + 'replaced by a new registration (a new fee, and a new review) and the closed one is deleted');
  });

  test('a type whose definition is bundled verbatim: its association and disassociation behaviours', () => {
    expect(associationLines('US_TOLL_FREE_REGISTRATION')).toEqual([
      '**Association:** `ASSOCIATE_BEFORE_SUBMIT`: the `TOLL_FREE` identity must be associated before the registration is submitted, which '
        + 'this construct does not do: with submit true the deploy is refused before any write; set submit false, associate it in the console '
        + 'and submit there; `DISASSOCIATE_ALL_CLOSES_REGISTRATION`: disassociating every identity closes the registration (from the bundled '
        + 'type definition; a deploy that submits reads the live one).',
    ]);
    expect(associationLines('NOT_A_KNOWN_TYPE')).toEqual([]);
  });

  test('the CLOSED line follows the handler\'s own rule for the removal policy', () => {
    const props = parseResourceProperties(indiaProperties());
    expect(closedLine({ ...props, RemovalPolicy: 'destroy' })).toMatch(/replaced by a new registration/);
    expect(closedLine({ ...props, RemovalPolicy: 'retain' })).toMatch(/fails, saying the registration is closed/);
  });
});
