import { validationError } from './errors';

/** Reading request members the way the service does: a missing or mistyped member is a ValidationException. */

export type Params = Record<string, unknown>;

export function requiredString(params: Params, name: string): string {
  const value = params[name];
  if (typeof value !== 'string' || value === '') throw validationError('MISSING_PARAMETER', `${name} is required`);
  return value;
}

export function optionalString(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validationError('INVALID_PARAMETER', `${name} must be a string`);
  return value;
}

export function optionalNumber(params: Params, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw validationError('INVALID_PARAMETER', `${name} must be an integer`);
  return value;
}

export function optionalStrings(params: Params, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw validationError('INVALID_PARAMETER', `${name} must be a list of strings`);
  }
  return value as string[];
}

/** Filters as `[{Name, Values}]`; only names in `allowed` are accepted, as the service does. */
export function filters(params: Params, allowed: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const list = params.Filters;
  if (list === undefined || list === null) return out;
  if (!Array.isArray(list)) throw validationError('INVALID_PARAMETER', 'Filters must be a list');
  for (const filter of list as Params[]) {
    const name = filter?.Name;
    if (typeof name !== 'string' || !allowed.includes(name)) {
      throw validationError('INVALID_FILTER_VALUES', `Unknown filter ${String(name)}; allowed: ${allowed.join(', ')}`);
    }
    out.set(name, optionalStrings(filter, 'Values') ?? []);
  }
  return out;
}

export interface Page<T> {
  readonly items: T[];
  readonly NextToken?: string;
}

/**
 * One page of `items`. The token is the offset, opaque to callers; it is tied to the operation so
 * a token from another listing is refused like the service refuses foreign tokens.
 */
export function paginate<T>(
  items: readonly T[], params: Params, pages: { readonly defaultPageSize: number; readonly maxPageSize: number }, listing: string,
): Page<T> {
  // MaxResults is 1..100 by the model, checked before any operation runs (request-contract.ts).
  const max = Math.min(optionalNumber(params, 'MaxResults') ?? pages.defaultPageSize, pages.maxPageSize);
  let offset = 0;
  const token = optionalString(params, 'NextToken');
  if (token !== undefined) {
    const decoded = decodeToken(token);
    if (!decoded || decoded.l !== listing || decoded.o > items.length) {
      throw validationError('INVALID_NEXT_TOKEN', 'NextToken is not valid for this request');
    }
    offset = decoded.o;
  }
  const end = offset + max;
  return {
    items: items.slice(offset, end),
    NextToken: end < items.length ? Buffer.from(JSON.stringify({ l: listing, o: end })).toString('base64url') : undefined,
  };
}

function decodeToken(token: string): { l: string; o: number } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return typeof parsed?.l === 'string' && Number.isInteger(parsed?.o) && parsed.o >= 0 ? parsed : undefined;
  } catch {
    return undefined;
  }
}
