import type { SearchKind } from './search-document';

export type SearchSort = 'RELEVANCE' | 'UPDATED_DESC';

/** What the viewer may see, as index filters: every engine applies it inside the query. */
export interface SearchAccess {
  statuses: ('DRAFT' | 'PUBLISHED' | 'ARCHIVED')[];
  visibilities: ('INTERNAL' | 'PUBLIC')[];
}

export interface SearchFilters {
  kinds?: SearchKind[];
  categoryIds?: string[];
  languages?: string[];
  tags?: string[];
  agencyIds?: string[];
}

export interface SearchRequest {
  /** The user's text: words, "a phrase", -excluded words; the last word matches as a prefix. */
  text: string;
  filters: SearchFilters;
  access: SearchAccess;
  sort: SearchSort;
  /** Page size (1–50) and offset from the opaque cursor. */
  limit: number;
  offset: number;
  /**
   * Count facets; false skips them (the header's instant results ask for none) and every facet
   * list in the response is empty.
   * @default true
   */
  facets?: boolean;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  entityId: string;
  url: string;
  title: string;
  /** Title with matches wrapped in <mark>…</mark>; everything else HTML-escaped. */
  titleHighlighted: string;
  /** A short excerpt around the best match, HTML-escaped with <mark>…</mark>. */
  snippet: string;
  categoryPath: string[];
  language: string;
  updatedAt: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  kind: FacetCount[];
  category: FacetCount[];
  language: FacetCount[];
  tag: FacetCount[];
  agency: FacetCount[];
}

export interface SearchResponse {
  hits: SearchHit[];
  totalCount: number;
  facets: SearchFacets;
  /** A corrected query when the text looks like a typo ("did you mean"). */
  suggestion: string | null;
  /**
   * Whether the suggestion finds anything the asking viewer may see (without filters), when the
   * engine checked it in the same query; otherwise visibleSuggestion searches once more.
   */
  suggestionVisible?: boolean;
}
