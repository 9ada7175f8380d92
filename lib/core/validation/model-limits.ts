/**
 * Limits the SMS API's own service model sets on every registration field value, whatever the form:
 * facts, not assumptions, so breaking one fails synth like any sourced rule, and the handler and the
 * local registrar refuse it too.
 *
 * Source: the pinpoint-sms-voice-v2 service model (API version 2022-03-31, botocore 1.43.11; the local
 * registrar keeps a verbatim copy in tools/registrar/service-model/). The core reads no file at run time,
 * so the numbers are copied here: shape `TextValue` (min 1, max 2048), `SelectChoiceList` (max 100) and
 * `SelectChoice` (min 1, max 256), the members of PutRegistrationFieldValue.
 */

/** `TextValue`: every text field of every form takes 1 to 2,048 characters; an empty string is refused. */
export const TEXT_VALUE_LENGTH = { min: 1, max: 2048 } as const;

/** `SelectChoiceList`: at most 100 choices in one value. */
export const MAX_SELECT_CHOICES = 100;

/** `SelectChoice`: each choice is 1 to 256 characters. */
export const SELECT_CHOICE_LENGTH = { min: 1, max: 256 } as const;

/** Said in a message whose limit is the model's, so the reader knows no form can relax it. */
export const MODEL_LIMIT_NOTE = 'a limit of the SMS API itself, on every form';
