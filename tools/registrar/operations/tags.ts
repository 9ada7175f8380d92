import { notFoundError, validationError } from '../errors';
import { optionalStrings, Params, requiredString } from '../params';
import { RegionState, Tag } from '../state';
import { OperationHandler } from './context';

/** Tags on registrations and registration attachments, addressed by ARN. */

const ARN = /^arn:aws:sms-voice:([a-z0-9-]+):(\d{12}):(registration|registration-attachment)\/([A-Za-z0-9_-]+)$/;

function taggedResource(state: RegionState, arn: string): Map<string, string> {
  const match = ARN.exec(arn);
  if (!match) throw validationError('INVALID_ARN', `${arn} is not a registration or registration-attachment ARN`);
  const [, , , type, id] = match;
  const exists = type === 'registration'
    ? state.registrations.get(id)?.arn === arn && !state.registrations.get(id)?.deleted
    : state.attachments.get(id)?.arn === arn;
  if (!exists) throw notFoundError(type, id);
  let tags = state.tags.get(arn);
  if (!tags) state.tags.set(arn, (tags = new Map()));
  return tags;
}

export function readTags(params: Params): Tag[] {
  const tags = params.Tags;
  if (tags === undefined || tags === null) return [];
  if (!Array.isArray(tags) || tags.some((t) => typeof t?.Key !== 'string' || typeof t?.Value !== 'string')) {
    throw validationError('INVALID_PARAMETER', 'Tags must be a list of {Key, Value} strings');
  }
  return tags as Tag[];
}

export function applyTags(state: RegionState, arn: string, tags: readonly Tag[]): void {
  const stored = taggedResource(state, arn);
  for (const tag of tags) stored.set(tag.Key, tag.Value);
}

export function tagList(state: RegionState, arn: string): Tag[] {
  return [...(state.tags.get(arn) ?? new Map<string, string>())].map(([Key, Value]) => ({ Key, Value }));
}

export const tagOperations: Record<string, OperationHandler> = {
  TagResource: ({ state }, params) => {
    applyTags(state, requiredString(params, 'ResourceArn'), readTags(params));
    return {};
  },
  UntagResource: ({ state }, params) => {
    const stored = taggedResource(state, requiredString(params, 'ResourceArn'));
    for (const key of optionalStrings(params, 'TagKeys') ?? []) stored.delete(key);
    return {};
  },
  ListTagsForResource: ({ state }, params) => {
    const arn = requiredString(params, 'ResourceArn');
    taggedResource(state, arn);
    return { ResourceArn: arn, Tags: tagList(state, arn) };
  },
};
