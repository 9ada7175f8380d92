import { FormRules } from '../form-rules';

/**
 * Austria: no catalog entry yet (the type name is unconfirmed; AT_SENDER_ID_REGISTRATION follows the
 * `<ISO2>_SENDER_ID_REGISTRATION` pattern). Only the rule that shapes the lifecycle is recorded here.
 */
export const AUSTRIA: FormRules = {
  registrationType: 'AT_SENDER_ID_REGISTRATION',
  afterSubmit: {
    amendable: false,
    newRegistrationWait: '14-day activation period',
    reRegistrationBlock: 'the sender ID cannot be registered again for 30 days after it is deleted',
    source: 'AWS End User Messaging SMS user guide, Austria: "Once a registration is submitted, the associated information '
      + 'cannot be amended. You must create a new registration and wait for the 14-day activation period."',
  },
};
