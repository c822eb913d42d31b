/** One checkbox of a facet group on the search page. */
export interface FacetOption {
  value: string;
  /** Display name (translated kind, language name, category or agency name, tag). */
  label: string;
  count: number;
}
