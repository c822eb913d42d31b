const DOCUMENT = /^(article|project):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export type CollaborationDocumentKind = 'article' | 'project';

/** What a collaboration document name refers to: an article's or a project's body. */
export interface CollaborationDocumentRef {
  kind: CollaborationDocumentKind;
  id: string;
}

/** Parses `article:<uuid>` and `project:<uuid>`; anything else is null and the connection is refused. */
export function parseDocumentName(name: string): CollaborationDocumentRef | null {
  const match = DOCUMENT.exec(name);
  return match?.[1] && match[2] ? { kind: match[1] as CollaborationDocumentKind, id: match[2] } : null;
}

export function articleDocumentName(articleId: string): string {
  return `article:${articleId}`;
}

export function projectDocumentName(projectId: string): string {
  return `project:${projectId}`;
}

/** Cheap check for per-message hooks (no regular expression): only articles have revisions. */
export function isArticleDocumentName(name: string): boolean {
  return name.startsWith('article:');
}
