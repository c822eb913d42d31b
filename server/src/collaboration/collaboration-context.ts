/** What onAuthenticate puts on every collaboration connection (and server-side direct connections). */
export interface CollaborationContext {
  userId: string;
  articleId: string;
}

export function isCollaborationContext(value: unknown): value is CollaborationContext {
  return typeof value === 'object' && value !== null && 'userId' in value && 'articleId' in value;
}
