import type { SearchEngine } from './engine/search-engine';
import type { SearchRequest, SearchResponse } from './engine/search-request';

/**
 * Keeps a "did you mean" only when the corrected text finds something the viewer may see.
 * Engines pick corrections from the words of every document, internal and draft ones too,
 * so an unchecked suggestion would tell anonymous visitors words of internal texts.
 */
export async function visibleSuggestion(
  engine: SearchEngine,
  request: SearchRequest,
  response: Pick<SearchResponse, 'suggestion' | 'suggestionVisible'>,
): Promise<string | null> {
  const { suggestion } = response;
  if (!suggestion) return null;
  if (response.suggestionVisible !== undefined) return response.suggestionVisible ? suggestion : null;
  const check = await engine.search({ ...request, text: suggestion, filters: {}, limit: 1, offset: 0, facets: false });
  return check.totalCount > 0 ? suggestion : null;
}
