import type { SearchAccess, SearchFilters } from '../engine/search-request';

/**
 * Quotes a value for a Meilisearch filter expression. The filter parser ends a quoted
 * value at an unescaped `"` and then unescapes `\"` and `\\`, so both are escaped here.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const inList = (attribute: string, values: readonly string[]): string =>
  `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;

/**
 * The `filter` array (its entries are ANDed): the access rules always come first,
 * then one `IN` condition per non-empty filter (values within one filter are ORed).
 */
export function toMeilisearchFilter(filters: SearchFilters, access: SearchAccess): string[] {
  const optional: [attribute: string, values: readonly string[] | undefined][] = [
    ['kind', filters.kinds],
    ['categoryIds', filters.categoryIds],
    ['language', filters.languages],
    ['tags', filters.tags],
    ['agencyId', filters.agencyIds],
  ];
  return [
    inList('status', access.statuses),
    inList('visibility', access.visibilities),
    ...optional.flatMap(([attribute, values]) => (values?.length ? [inList(attribute, values)] : [])),
  ];
}
