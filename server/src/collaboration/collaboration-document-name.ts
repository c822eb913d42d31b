const ARTICLE_DOCUMENT = /^article:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** What a collaboration document name refers to; `project:<id>` joins when projects exist. */
export interface CollaborationDocumentRef {
  kind: 'article';
  id: string;
}

/** Parses `article:<uuid>`; anything else is null and the connection is refused. */
export function parseDocumentName(name: string): CollaborationDocumentRef | null {
  const match = ARTICLE_DOCUMENT.exec(name);
  return match?.[1] ? { kind: 'article', id: match[1] } : null;
}

export function articleDocumentName(articleId: string): string {
  return `article:${articleId}`;
}
