import { validationError, ValidationField } from './errors';
import { serviceModel, Shape } from './service-model';

/**
 * Every request is checked against its operation's input shape in the service model before the
 * operation runs, because the SDK checks nothing and only the real service refuses a request that
 * breaks the model. All breaches of one request are reported together, each under its member path
 * (`RegistrationIds`, `Tags[0].Key`), in the ValidationException shape the SDK reads. Messages name
 * the constraint, never the value: a value may be personal data.
 */

type Check = (value: unknown, path: string, problems: ValidationField[]) => void;

export interface UncompilablePattern {
  readonly shape: string;
  readonly pattern: string;
  readonly error: string;
}

/** One compiled check per shape, built on first use and shared by every operation that uses the shape. */
const checks = new Map<string, Check>();
const uncompilable: UncompilablePattern[] = [];

/** Throws ValidationException (FIELD_VALIDATION_FAILED) when `params` breaks the input shape of `operation`. */
export function checkRequest(operation: string, params: Record<string, unknown>): void {
  const input = serviceModel().operations[operation]?.input;
  if (!input) throw new Error(`The service model has no input shape for ${operation}`);
  const problems: ValidationField[] = [];
  checkOf(input.shape)(params, '', problems);
  if (problems.length) {
    const count = `${problems.length} validation error${problems.length === 1 ? '' : 's'} detected`;
    throw validationError('FIELD_VALIDATION_FAILED', `${count}: ${problems.map((p) => `${p.Name}: ${p.Message}`).join('; ')}`, problems);
  }
}

/** Patterns that JavaScript could not compile, so they are not checked; compiled so far (all, after checkAllShapes). */
export function uncompilablePatterns(): readonly UncompilablePattern[] {
  return uncompilable;
}

/** Compiles the check of every shape in the model (tests use it to see that every pattern compiles). */
export function checkAllShapes(): void {
  for (const name of Object.keys(serviceModel().shapes)) checkOf(name);
}

function checkOf(name: string): Check {
  const known = checks.get(name);
  if (known) return known;
  const shape = serviceModel().shapes[name];
  if (!shape) throw new Error(`The service model has no shape ${name}`);
  // A placeholder first, so a shape that contains itself refers to its own check instead of recursing forever.
  const slot: { check?: Check } = {};
  checks.set(name, (value, path, problems) => slot.check!(value, path, problems));
  slot.check = compile(name, shape);
  checks.set(name, slot.check);
  return slot.check;
}

function compile(name: string, shape: Shape): Check {
  switch (shape.type) {
    case 'structure': return structureCheck(shape);
    case 'list': return listCheck(shape);
    case 'map': return mapCheck(shape);
    case 'string': return stringCheck(name, shape);
    case 'blob': return blobCheck(shape);
    case 'boolean': return typeCheck((v) => typeof v === 'boolean', 'a boolean');
    case 'integer':
    case 'long': return numberCheck(shape, Number.isInteger, 'an integer');
    case 'float':
    case 'double': return numberCheck(shape, Number.isFinite, 'a number');
    // AWS JSON 1.0 sends timestamps as epoch seconds.
    case 'timestamp': return typeCheck((v) => typeof v === 'number' && Number.isFinite(v), 'a timestamp in epoch seconds');
    default: throw new Error(`Shape ${name} has type ${String(shape.type)}, which the request contract does not know`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** null is treated as absent, as the service's JSON reader does for a member without a value. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function memberPath(parent: string, member: string): string {
  return parent ? `${parent}.${member}` : member;
}

/** "1 to 64", "at most 5", "at least 1". */
function bounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min} to ${max}`;
  return max !== undefined ? `at most ${max}` : `at least ${min}`;
}

function outOfBounds(n: number, shape: Shape): boolean {
  return (shape.min !== undefined && n < shape.min) || (shape.max !== undefined && n > shape.max);
}

function typeCheck(isType: (value: unknown) => boolean, what: string): Check {
  return (value, path, problems) => {
    if (!isType(value)) problems.push({ Name: path, Message: `Member must be ${what}` });
  };
}

function structureCheck(shape: Shape): Check {
  const members = Object.entries(shape.members ?? {}).map(([member, ref]) => ({ member, check: checkOf(ref.shape) }));
  const names = new Set(members.map((m) => m.member));
  const required = new Set(shape.required ?? []);
  return (value, path, problems) => {
    if (!isObject(value)) {
      problems.push({ Name: path || '(request)', Message: 'Member must be a structure (a JSON object)' });
      return;
    }
    // Stricter than a forward-compatible reader, on purpose: the SDK never sends a member its model lacks,
    // so an unknown member is a hand-made request with a typo.
    for (const key of Object.keys(value)) {
      if (!names.has(key)) problems.push({ Name: memberPath(path, key), Message: 'Unknown member: the input shape has no such member' });
    }
    for (const { member, check } of members) {
      const child = value[member];
      if (isAbsent(child)) {
        if (required.has(member)) problems.push({ Name: memberPath(path, member), Message: 'Member is required' });
      } else {
        check(child, memberPath(path, member), problems);
      }
    }
  };
}

function listCheck(shape: Shape): Check {
  const item = checkOf(shape.member!.shape);
  return (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems.push({ Name: path, Message: 'Member must be a list' });
      return;
    }
    if (outOfBounds(value.length, shape)) {
      problems.push({ Name: path, Message: `Member must have ${bounds(shape.min, shape.max)} items, got ${value.length}` });
    }
    value.forEach((entry, i) => {
      if (isAbsent(entry)) problems.push({ Name: `${path}[${i}]`, Message: 'List item must not be null' });
      else item(entry, `${path}[${i}]`, problems);
    });
  };
}

function mapCheck(shape: Shape): Check {
  const keyCheck = checkOf(shape.key!.shape);
  const valueCheck = checkOf(shape.value!.shape);
  return (value, path, problems) => {
    if (!isObject(value)) {
      problems.push({ Name: path, Message: 'Member must be a map (a JSON object)' });
      return;
    }
    const entries = Object.entries(value);
    if (outOfBounds(entries.length, shape)) {
      problems.push({ Name: path, Message: `Member must have ${bounds(shape.min, shape.max)} entries, got ${entries.length}` });
    }
    for (const [key, entry] of entries) {
      keyCheck(key, `${path}[${JSON.stringify(key)}]`, problems);
      if (isAbsent(entry)) problems.push({ Name: `${path}[${JSON.stringify(key)}]`, Message: 'Map value must not be null' });
      else valueCheck(entry, `${path}[${JSON.stringify(key)}]`, problems);
    }
  };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length in Unicode code points, as the model's length constraints count. */
function codePointLength(text: string): number {
  return SURROGATE.test(text) ? [...text].length : text.length;
}

/**
 * The model's patterns are Java regular expressions that must match the whole value (the service's
 * validator full-matches). Compiled with the 'u' flag (needed for \p{…}); one that only compiles
 * without it is used without; one that does not compile at all is skipped and listed.
 */
function compilePattern(shapeName: string, pattern: string): RegExp | undefined {
  const anchored = `^(?:${pattern})$`;
  for (const flags of ['u', '']) {
    try {
      return new RegExp(anchored, flags);
    } catch (error) {
      if (flags === '') uncompilable.push({ shape: shapeName, pattern, error: String(error) });
    }
  }
  return undefined;
}

function stringCheck(name: string, shape: Shape): Check {
  const pattern = shape.pattern === undefined ? undefined : compilePattern(name, shape.pattern);
  const allowed = shape.enum ? new Set(shape.enum) : undefined;
  return (value, path, problems) => {
    if (typeof value !== 'string') {
      problems.push({ Name: path, Message: 'Member must be a string' });
      return;
    }
    if (allowed && !allowed.has(value)) {
      problems.push({ Name: path, Message: `Member must be one of ${[...allowed].join(', ')}` });
      return;
    }
    const length = codePointLength(value);
    if (outOfBounds(length, shape)) {
      problems.push({ Name: path, Message: `Member must be ${bounds(shape.min, shape.max)} characters long, got ${length}` });
    }
    if (pattern && !pattern.test(value)) {
      problems.push({ Name: path, Message: `Member must match the regular expression ${shape.pattern}` });
    }
  };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A blob travels as base64; its size constraint counts the decoded bytes. */
function blobCheck(shape: Shape): Check {
  return (value, path, problems) => {
    if (typeof value !== 'string' || !BASE64.test(value)) {
      problems.push({ Name: path, Message: 'Member must be a base64-encoded blob' });
      return;
    }
    const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
    const bytes = Math.floor((value.length * 3) / 4) - padding;
    if (outOfBounds(bytes, shape)) {
      problems.push({ Name: path, Message: `Member must be ${bounds(shape.min, shape.max)} bytes, got ${bytes}` });
    }
  };
}

function numberCheck(shape: Shape, isType: (n: number) => boolean, what: string): Check {
  return (value, path, problems) => {
    if (typeof value !== 'number' || !isType(value)) {
      problems.push({ Name: path, Message: `Member must be ${what}` });
      return;
    }
    if (outOfBounds(value, shape)) problems.push({ Name: path, Message: `Member must be ${bounds(shape.min, shape.max)}, got ${value}` });
  };
}
