import { CompanyAddress, CompanyInfo, ContactInfo, MessagingUseCase } from './countries/common-form';
import { RegistrationRemovalPolicy } from './enums';
import { RegistrationField } from './registration-field';
import { RegistrationForm } from './registration-form';

/** Properties of a `SenderIdRegistration`. */
export interface SenderIdRegistrationProps {
  /**
   * Which form to fill: a typed form's class, e.g. `IndiaSenderIdForm.of({...})` or `IndonesiaSenderIdForm.of({...})`,
   * or `RegistrationForm.other('JO_SENDER_ID_REGISTRATION')` for a country without typed props.
   */
  readonly form: RegistrationForm;

  /**
   * The alphanumeric sender ID recipients will see (`senderIdInfo.senderId`).
   *
   * India: 3-6 letters, exactly as registered with TRAI. Indonesia: 3-11 letters or digits, at least one letter.
   */
  readonly senderId: string;

  /** The company that sends the messages. */
  readonly company: CompanyInfo;

  /** The company's registered address. */
  readonly address: CompanyAddress;

  /** Who AWS contacts about the registration. */
  readonly contact: ContactInfo;

  /** What the messages are for. */
  readonly useCase: MessagingUseCase;

  /**
   * One to three example messages, exactly as recipients will see them (`messageSamples.messageSample1..3`).
   *
   * Line breaks are allowed. For India and Indonesia no public source confirms the paths of samples 2
   * and 3, so synth warns (`sender-id-registration:unconfirmedFieldPath:*`) when they are given.
   */
  readonly messageSamples: string[];

  /**
   * Values by field path that extend or override the typed props (a field newly added to the form, or
   * the fields of a registration type without typed props). Each field path at most once.
   *
   * @default - only the typed props
   */
  readonly additionalFields?: RegistrationField[];

  /**
   * Submit the registration for review after filling it.
   *
   * @default true - the registration is submitted; set false to leave a draft for review in the console
   */
  readonly submit?: boolean;

  /**
   * Ask for an AWS review when submitting (SubmitRegistrationVersion's AwsReview).
   *
   * @default false
   */
  readonly awsReview?: boolean;

  /**
   * What happens to the registration when it leaves the stack.
   *
   * @default RegistrationRemovalPolicy.RETAIN - an approved sender ID is hard to get back; DESTROY calls DeleteRegistration
   */
  readonly removalPolicy?: RegistrationRemovalPolicy;

  /**
   * The id of an existing registration (e.g. one made in the console) to take over instead of
   * creating a new one.
   *
   * The first deploy converges that registration to these props: a draft receives the differing
   * values, an approved (or denied) one gets a new version holding them, which is submitted. The
   * deploy refuses a registration of another registration type, or one under review when values
   * differ. From then on the registration is this construct's: `removalPolicy` applies to it (a
   * stack rollback never deletes it, since it existed before the stack). Only the create adopts:
   * set it when adding the construct, not on one already deployed.
   *
   * @default - a new registration is created
   */
  readonly adoptRegistrationId?: string;
}
