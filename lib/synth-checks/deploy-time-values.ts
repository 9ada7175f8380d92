import { Token } from 'aws-cdk-lib';

/**
 * Values known only at deploy: CDK tokens and CloudFormation dynamic references (`{{resolve:...}}`).
 *
 * A token that CloudFormation resolves to a plain string (`Fn.importValue`, a parameter, an attribute)
 * and a plain SSM reference (`{{resolve:ssm:...}}`) are deferred: synth cannot check them, the handler
 * validates the resolved value before any write. A secure dynamic reference is refused, because
 * CloudFormation does not resolve secure dynamic references in custom resources: the registration
 * would receive the literal `{{resolve:...}}` text (and the Provider framework keeps its input in the
 * waiter's execution history).
 */

/** What synth does with the values of each field. */
export interface DeployTimeValues {
  /** Fields whose values are only known at deploy: checked by the handler. */
  readonly deferredPaths: ReadonlySet<string>;
  /** One message per refused field; its values are not checked further. */
  readonly problems: ReadonlyMap<string, string>;
}

/** Resolves a token as the stack will render it (Stack.resolve); throws for a token this app did not make. */
export type ResolveToken = (value: string) => unknown;

const DYNAMIC_REFERENCE = /\{\{resolve:([^:}]*)/g;
const SECURE_SERVICES = ['secretsmanager', 'ssm-secure'];
const PLAIN_SERVICES = ['ssm'];

/** The services of every dynamic reference in a rendered value (strings anywhere inside it). */
function referencedServices(rendered: unknown): string[] {
  if (typeof rendered === 'string') return [...rendered.matchAll(DYNAMIC_REFERENCE)].map((m) => m[1]);
  if (Array.isArray(rendered)) return rendered.flatMap(referencedServices);
  if (rendered && typeof rendered === 'object') return Object.values(rendered).flatMap(referencedServices);
  return [];
}

function referenceProblem(fieldPath: string, services: string[], fromToken: boolean): string | undefined {
  const secure = services.find((s) => SECURE_SERVICES.includes(s));
  const how = fromToken ? 'resolves to' : 'is';
  if (secure) {
    return `${fieldPath}: ${how} a secure dynamic reference ({{resolve:${secure}:…}}${fromToken ? ', e.g. from SecretValue…unsafeUnwrap()' : ''}); `
      + 'CloudFormation does not resolve secure dynamic references in custom resources, so the registration would receive the literal '
      + `"{{resolve:${secure}:…}}" text. For a value kept in Secrets Manager use SecretText.fromSecret(secret, { jsonField }): the handler reads it at deploy`;
  }
  const unknown = services.find((s) => !PLAIN_SERVICES.includes(s));
  if (unknown !== undefined) {
    // The service name is part of the value, which may be personal data: it is not shown.
    return `${fieldPath}: ${how} a dynamic reference ({{resolve:…}}) of a service CloudFormation does not resolve `
      + '(it resolves ssm, ssm-secure and secretsmanager); it would be sent as literal text. Give the value itself';
  }
  return undefined;
}

function tokenProblem(fieldPath: string, value: string, resolve: ResolveToken): { problem?: string; deferred: boolean } {
  let rendered: unknown;
  try {
    rendered = resolve(value);
  } catch (e) {
    const reason = ((e as Error).message ?? String(e)).split('\n')[0];
    // A "${Token[...]}" string typed or copied into a value, rather than a token CDK returned: CDK knows no such key.
    const notOurs = /Unrecognized token key/.test(reason);
    return {
      deferred: false,
      problem: notOurs
        ? `${fieldPath}: holds text that looks like a CDK token ("\${Token[…]}") but is not one this app made, so it cannot be resolved `
          + `(${reason}); give the value itself, or the token a CDK API returned`
        : `${fieldPath}: holds a token that cannot be resolved at synth (${reason})`,
    };
  }
  const problem = referenceProblem(fieldPath, referencedServices(rendered), true);
  return problem ? { problem, deferred: false } : { deferred: true };
}

/** Sorts every field's values into concrete (checked at synth), deferred (checked at deploy) and refused (an error). */
export function deployTimeValues(fields: Readonly<Record<string, string | string[]>>, resolve: ResolveToken): DeployTimeValues {
  const deferredPaths = new Set<string>();
  const problems = new Map<string, string>();
  for (const [fieldPath, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (problems.has(fieldPath)) break;
      if (Token.isUnresolved(v)) {
        const { problem, deferred } = tokenProblem(fieldPath, v, resolve);
        if (problem) problems.set(fieldPath, problem);
        if (deferred) deferredPaths.add(fieldPath);
        continue;
      }
      const services = referencedServices(v);
      const problem = referenceProblem(fieldPath, services, false);
      if (problem) problems.set(fieldPath, problem);
      else if (services.length > 0) deferredPaths.add(fieldPath);
    }
  }
  for (const path of problems.keys()) deferredPaths.delete(path);
  return { deferredPaths, problems };
}
