import { ArticleErrorCode, ArticleException } from './articles.errors';

/** Keyset cursor: the sort value and the id of the last row of a page, opaque to clients. */
export interface ArticleCursor {
  value: string;
  id: string;
}

export function encodeCursor(cursor: ArticleCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string): ArticleCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new ArticleException(ArticleErrorCode.INVALID_CURSOR, 'The cursor is not valid; start from the first page.');
}
