/** The collaboration document of an article, as the server names it. */
export function articleDocumentName(articleId: string): string {
  return `article:${articleId}`;
}
