import * as path from 'path';
import { ROOT } from './kernel-process';
import { member, staticCall } from './wire-encoder';

// The props of the README's minimal India registration and the example app's Indonesian one (bin/example-stacks.ts),
// as a Python program declares them. When the public API changes (a member's name, an enum turned into an enum-like
// class), this file is the one to adapt: the encoder reads every type from the assembly.

export const INDIA = {
  stackName: 'SenderIds', region: 'ap-south-1', id: 'DemoCo',
  props: () => ({
    form: staticCall('RegistrationForm', 'india', {
      principalEntityId: '1101000000000000001',
      chainId1: '1702000000000000001', chainId2: '1702000000000000002',
      chainId3: '1702000000000000003', chainId5: '1702000000000000005',
      acknowledgeSendingParameters: true,
    }),
    senderId: 'DEMOCO',
    company: { legalName: 'Demo Company India Private Limited', registrationNumber: 'U00000MH2020PTC000001',
      website: 'https://example.com', areaOfBusiness: member('AreaOfBusiness', 'TECHNOLOGY') },
    address: { line1: '1 Example Road', city: 'Mumbai', isoCountryCode: 'IN' },
    contact: { email: 'sms-registrations@example.com', phone: '+915550100001' },
    useCase: {
      category: member('UseCaseCategory', 'ONE_TIME_PASSCODES'),
      description: 'One-time passcodes for signing in to the Demo Company app.',
      monthlyVolume: member('MonthlyMessageVolume', 'UP_TO_10_000'),
      optInDescription: 'Users enter their mobile number on the sign-in page and request a passcode; we text only that number.',
    },
    messageSamples: ['Your Demo Company sign-in code is 123456. It expires in 10 minutes. Do not share it.'],
  }),
};

const document = (name: string) => staticCall('Attachment', 'fromFile', path.join(ROOT, 'examples', 'documents', name));
export const INDONESIA_SECRET_NAME = 'sender-id-registrations/pt-demo-indonesia';

export const INDONESIA = {
  stackName: 'SenderIds-Indonesia', region: 'ap-southeast-1', id: 'DemoIdIndonesiaSenderId',
  /** `endBusiness`: the secret (`Secret.from_secret_name_v2`) the contact, address and company number are read from. */
  props: (endBusiness: unknown) => {
    const fromSecret = (jsonField: string) => staticCall('SecretText', 'fromSecret', endBusiness, { jsonField });
    return {
      form: staticCall('RegistrationForm', 'indonesia', {
        letterOfAuthorizationTelkomsel: document('loa-telkomsel.pdf'),
        letterOfAuthorizationIoh: document('loa-ioh.pdf'),
        letterOfAuthorizationXlAxiata: document('loa-xl-axiata.pdf'),
        letterOfAuthorizationSmartfren: document('loa-smartfren.pdf'),
        npwpDocument: document('npwp.png'),
        nibDocument: document('nib.pdf'),
        proofOfSenderIdConnection: document('proof-of-sender-id-connection.png'),
      }),
      senderId: 'DEMOID',
      company: { legalName: 'PT Demo Indonesia', registrationNumber: fromSecret('registrationNumber'),
        website: 'https://example.com', areaOfBusiness: member('AreaOfBusiness', 'RETAIL') },
      address: { line1: fromSecret('addressLine1'), city: fromSecret('city'), isoCountryCode: 'ID' },
      contact: { email: fromSecret('email'), phone: fromSecret('phone') },
      useCase: {
        category: member('UseCaseCategory', 'PURCHASE_OR_DELIVERY_NOTIFICATIONS'),
        description: 'Order confirmations and delivery updates for Demo Indonesia shoppers.',
        monthlyVolume: member('MonthlyMessageVolume', 'UP_TO_100_000'),
        optInDescription: 'Shoppers tick a box at checkout to receive order and delivery updates by SMS on their number.',
      },
      messageSamples: ['DEMOID: Pesanan #12345 Anda telah dikonfirmasi dan sedang dikirim. Terima kasih!'],
    };
  },
};
