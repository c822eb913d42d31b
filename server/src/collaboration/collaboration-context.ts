import type { CollaborationDocumentKind } from './collaboration-document-name';

/** What onAuthenticate puts on every collaboration connection (and server-side direct connections). */
export interface CollaborationContext {
  userId: string;
  /** The session the connection was opened with; null for the server's own direct connections. */
  sessionId: string | null;
  kind: CollaborationDocumentKind;
  /** The article's or project's id. */
  id: string;
}

export function isCollaborationContext(value: unknown): value is CollaborationContext {
  return typeof value === 'object' && value !== null && 'userId' in value && 'kind' in value;
}
