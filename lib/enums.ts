import { Token } from 'aws-cdk-lib';
import { quoted } from './core/validation/message-values';

/**
 * Choices of the common sender ID form. The service owns these option lists and changes them (that is
 * why `definitions sync` exists), so each is an enum-like class: constants for the options known today,
 * spelled exactly as the form's SelectValidation options, and `of(value)` for one added since.
 * Synth validates the choice against the bundled definitions, the handler against the live ones.
 */

/** The option text `of()` accepts: anything but blank (the form decides the rest, at synth and at deploy). */
function optionText(className: string, value: string): string {
  if (!Token.isUnresolved(value) && value.trim() === '') {
    throw new Error(`${className}.of(${quoted(value)}): an option must be its text exactly as the form spells it, not blank`);
  }
  return value;
}

/**
 * The options an enum-like class declares as its constants, in declaration order (the form's order): `known()` is
 * derived from the constants, so a constant added later cannot be left out of it.
 */
function declaredOptions<T extends FormOption>(optionClass: { readonly prototype: T }): T[] {
  return Object.values(optionClass).filter((value): value is T => Object.prototype.isPrototypeOf.call(optionClass.prototype, value));
}

/** One option of a SELECT field of the form, as the form spells it. */
export abstract class FormOption {
  /** @param value the option exactly as the form spells it */
  protected constructor(public readonly value: string) {}

  /** The option's text. */
  public toString(): string {
    return this.value;
  }
}

/** The vertical that most closely matches the company's business (`companyInfo.areaOfBusiness`). */
export class AreaOfBusiness extends FormOption {
  public static readonly AGRICULTURE = new AreaOfBusiness('Agriculture');
  public static readonly COMMUNICATION = new AreaOfBusiness('Communication');
  public static readonly CONSTRUCTION = new AreaOfBusiness('Construction');
  public static readonly EDUCATION = new AreaOfBusiness('Education');
  public static readonly ENERGY = new AreaOfBusiness('Energy');
  public static readonly ENTERTAINMENT = new AreaOfBusiness('Entertainment');
  public static readonly FINANCIAL = new AreaOfBusiness('Financial');
  public static readonly GOVERNMENT = new AreaOfBusiness('Government');
  public static readonly HEALTHCARE = new AreaOfBusiness('Healthcare');
  public static readonly HOSPITALITY = new AreaOfBusiness('Hospitality');
  public static readonly INSURANCE = new AreaOfBusiness('Insurance');
  public static readonly MANUFACTURING = new AreaOfBusiness('Manufacturing');
  public static readonly REAL_ESTATE = new AreaOfBusiness('Real estate');
  public static readonly RETAIL = new AreaOfBusiness('Retail');
  public static readonly TECHNOLOGY = new AreaOfBusiness('Technology');
  public static readonly OTHER = new AreaOfBusiness('Other');

  /** Every option this version of the library knows, in the form's order. */
  public static known(): AreaOfBusiness[] {
    return declaredOptions(AreaOfBusiness);
  }

  /**
   * An option by its text, e.g. one the service added after this release.
   *
   * @param value the option exactly as the form spells it
   */
  public static of(value: string): AreaOfBusiness {
    return new AreaOfBusiness(optionText('AreaOfBusiness', value));
  }

  private constructor(value: string) {
    super(value);
  }
}

/**
 * What the messages are for (`messagingUseCase.useCaseCategory`).
 *
 * India does not accept PROMOTIONS_AND_MARKETING; synth validation refuses it there.
 */
export class UseCaseCategory extends FormOption {
  public static readonly ONE_TIME_PASSCODES = new UseCaseCategory('One-time passcodes');
  public static readonly ACCOUNT_OR_SECURITY_ALERTS = new UseCaseCategory('Account or security alerts');
  public static readonly PURCHASE_OR_DELIVERY_NOTIFICATIONS = new UseCaseCategory('Purchase or delivery notifications');
  public static readonly PUBLIC_SERVICE_ANNOUNCEMENTS = new UseCaseCategory('Public service announcements');
  public static readonly POLLING_AND_SURVEYS = new UseCaseCategory('Polling and surveys');
  public static readonly INFO_ON_DEMAND = new UseCaseCategory('Info on demand');
  public static readonly PROMOTIONS_AND_MARKETING = new UseCaseCategory('Promotions and marketing');
  public static readonly OTHER = new UseCaseCategory('Other');

  /** Every option this version of the library knows, in the form's order. */
  public static known(): UseCaseCategory[] {
    return declaredOptions(UseCaseCategory);
  }

  /**
   * An option by its text, e.g. one the service added after this release.
   *
   * @param value the option exactly as the form spells it
   */
  public static of(value: string): UseCaseCategory {
    return new UseCaseCategory(optionText('UseCaseCategory', value));
  }

  private constructor(value: string) {
    super(value);
  }
}

/** Estimated SMS per month from this sender ID (`messagingUseCase.monthlyMessageVolume`). */
export class MonthlyMessageVolume extends FormOption {
  public static readonly UP_TO_10 = new MonthlyMessageVolume('10');
  public static readonly UP_TO_100 = new MonthlyMessageVolume('100');
  public static readonly UP_TO_1_000 = new MonthlyMessageVolume('1,000');
  public static readonly UP_TO_10_000 = new MonthlyMessageVolume('10,000');
  public static readonly UP_TO_100_000 = new MonthlyMessageVolume('100,000');
  public static readonly UP_TO_250_000 = new MonthlyMessageVolume('250,000');
  public static readonly UP_TO_500_000 = new MonthlyMessageVolume('500,000');
  public static readonly UP_TO_750_000 = new MonthlyMessageVolume('750,000');
  public static readonly UP_TO_1_000_000 = new MonthlyMessageVolume('1,000,000');
  public static readonly UP_TO_5_000_000 = new MonthlyMessageVolume('5,000,000');
  public static readonly OVER_10_000_000 = new MonthlyMessageVolume('10,000,000+');

  /** Every option this version of the library knows, in the form's order. */
  public static known(): MonthlyMessageVolume[] {
    return declaredOptions(MonthlyMessageVolume);
  }

  /**
   * An option by its text, e.g. one the service added after this release.
   *
   * @param value the option exactly as the form spells it
   */
  public static of(value: string): MonthlyMessageVolume {
    return new MonthlyMessageVolume(optionText('MonthlyMessageVolume', value));
  }

  private constructor(value: string) {
    super(value);
  }
}

/** What happens to a registration when it leaves the stack: the two behaviours the handler honours. */
export enum RegistrationRemovalPolicy {
  /** Keep the registration (and its sender ID) in the account; nothing is called. */
  RETAIN = 'retain',
  /** Delete it with DeleteRegistration; one under review cannot be deleted, and the error says so. */
  DESTROY = 'destroy',
}
