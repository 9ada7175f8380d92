import {
  AreaOfBusiness, MonthlyMessageVolume, RegistrationForm, RegistrationRemovalPolicy, SenderIdRegistration, UseCaseCategory,
} from '../../lib';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { asCloudFormationDelivers, renderedProperties } from './rendering';

/**
 * The handler and registrar tests start from tools/fixtures' India properties. They are rendered by the contract,
 * and here held to what the construct renders for the same typed props, so a fixture cannot drift into properties
 * no user could deploy.
 */
describe('the shared India fixture', () => {
  test('is what the construct renders for the typed India form, as CloudFormation delivers it', () => {
    // GIVEN the typed props a user would write for the fixture's registration
    const rendered = renderedProperties((stack) => new SenderIdRegistration(stack, 'India', {
      form: RegistrationForm.india({ principalEntityId: '1101456789012345678', chainId1: '1102000000000000001', chainId2: '1102000000000000002', chainId3: '1102000000000000003', chainId5: '1102000000000000005', acknowledgeSendingParameters: true }),
      senderId: 'EXPAY',
      company: { legalName: 'Example Payments Private Limited', registrationNumber: 'AAACE1234F', website: 'https://payments.example.com', areaOfBusiness: AreaOfBusiness.FINANCIAL },
      address: { line1: '12 Example Road', city: 'Mumbai', isoCountryCode: 'IN' },
      contact: { email: 'sms-owner@example.com', phone: '+919999900001' },
      useCase: { category: UseCaseCategory.ONE_TIME_PASSCODES, monthlyVolume: MonthlyMessageVolume.UP_TO_100_000, description: 'One-time passcodes for sign-in to the Example Payments app.', optInDescription: 'Customers enter their mobile number in the app and confirm it to receive sign-in codes.' },
      messageSamples: ['123456 is your Example Payments sign-in code. It expires in 10 minutes.'],
      removalPolicy: RegistrationRemovalPolicy.DESTROY,
    }));
    // WHEN compared with the fixture
    const fixture = indiaProperties();
    // THEN the fields and every setting are the same; only the tags differ (the construct adds its own)
    const { Tags: _renderedTags, ...renderedRest } = asCloudFormationDelivers(rendered) as Record<string, unknown>;
    const { Tags: fixtureTags, ...fixtureRest } = fixture;
    expect(fixtureRest).toEqual(renderedRest);
    expect(fixtureTags).toEqual([{ Key: 'team', Value: 'messaging' }]);
  });

  test("meets India's published rules, written out here rather than taken from the validation engine", () => {
    // The India sender ID form (AWS End User Messaging SMS docs, India sender ID registration): a 3-6 letter sender ID,
    // an alphanumeric PEID and company id, a website URL, an ISO country code, an E.164 phone, an opt-in description
    // of at least 40 characters, and the acknowledgement "Yes".
    const fields = indiaProperties().Fields as Record<string, string | string[]>;
    expect(fields['senderIdInfo.senderId']).toMatch(/^[A-Za-z]{3,6}$/);
    expect(fields['inSidSpecificInfo.principalEntityId']).toMatch(/^[0-9A-Za-z]{1,30}$/);
    expect(fields['companyInfo.companyId']).toMatch(/^[A-Za-z0-9]{1,30}$/);
    expect(fields['companyInfo.website']).toMatch(/^https?:\/\/\S+$/);
    expect(fields['companyAddress.isoCountryCode']).toBe('IN');
    expect(fields['contactInfo.phoneNumber']).toMatch(/^\+[1-9][0-9]{1,14}$/);
    expect((fields['messagingUseCase.optInDescription'] as string).length).toBeGreaterThanOrEqual(40);
    expect(fields['inSidSpecificInfo.sendingParametersAcknowledgement']).toEqual(['Yes']);
    expect(fields['messagingUseCase.monthlyMessageVolume']).toEqual(['100,000']);
  });
});
