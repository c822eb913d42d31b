import { invalidInput } from '../common/errors/domain.exception';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

/** Tags are compared case-insensitively, so they are stored trimmed, lower-case and unique. */
export function normalizeTags(tags: readonly string[]): string[] {
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
    if (tag.length === 0) continue;
    if (tag.length > MAX_TAG_LENGTH) throw invalidInput(`A tag may have at most ${MAX_TAG_LENGTH} characters.`);
    if (!result.includes(tag)) result.push(tag);
  }
  if (result.length > MAX_TAGS) throw invalidInput(`An article may have at most ${MAX_TAGS} tags.`);
  return result;
}
