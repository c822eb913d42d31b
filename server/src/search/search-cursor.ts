import { invalidInput } from '../common/errors/domain.exception';

/** Search pages are offsets into a ranked list; the cursor keeps that opaque. */
export const encodeSearchCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeSearchCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw invalidInput('The search cursor is not valid; start from the first page.');
  return Number(match[1]);
}
