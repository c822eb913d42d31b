import { ProjectErrorCode, ProjectException } from './projects.errors';

/** Keyset cursor over (updatedAt DESC, id DESC), opaque to clients. */
export interface ProjectCursor {
  updatedAt: string;
  id: string;
}

export function encodeProjectCursor(cursor: ProjectCursor): string {
  return Buffer.from(JSON.stringify([cursor.updatedAt, cursor.id]), 'utf8').toString('base64url');
}

export function decodeProjectCursor(raw: string): ProjectCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed.every((part) => typeof part === 'string') &&
      !Number.isNaN(Date.parse(parsed[0]))
    ) {
      return { updatedAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new ProjectException(
    ProjectErrorCode.PROJECT_INVALID_CURSOR,
    'The cursor is not valid; start from the first page.',
  );
}
