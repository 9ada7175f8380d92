import { companyInfoLayoutRules } from '../company-info-layout';
import { yesNoKey } from '../form-keys';
import { FormRules } from '../form-rules';

const PAGE = 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-sg.html (read 2026-12-07)';

/**
 * Singapore (SGNIC's SSIR). Its form is laid out as the UK's: address in "Company info", a support email and phone,
 * "Use case details", no area of business or opt-in. The letter of authorization is a PNG of at most 400 KB, and the
 * form asks whether the registrant acts on behalf of another entity.
 */
export const SINGAPORE: FormRules = {
  ...companyInfoLayoutRules({
    registrationType: 'SG_SENDER_ID_REGISTRATION',
    contactEmailPath: 'contactInfo.supportEmail',
    contactPhonePath: 'contactInfo.supportPhoneNumber',
    letterFormat: 'PNG',
    letterSource: `Singapore page: "The supported file type is PNG and the maximum file size is 400KB", ${PAGE}`,
  }, [yesNoKey('registeringOnBehalf', 'senderIdInfo.registeringOnBehalf', { yes: 'True', no: 'False' })]),
  outsideStep: {
    step: 'also register the sender ID with SGNIC (Singapore Sender ID Registry) and name AMCS SG Private Limited as the '
      + 'aggregator; the registration completes once AWS receives SGNIC\'s signal, and until then messages show as "Likely-SCAM"',
    source: `Singapore page: after submitting, register with SGNIC and list AMCS SG Private Limited as the aggregator, ${PAGE}`,
  },
};
