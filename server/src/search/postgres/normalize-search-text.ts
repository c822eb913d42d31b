/**
 * The same folding as the SQL function wn_search_normalize: lower case, no accents, ß → ss,
 * and ae/oe/ue → a/o/u, so that every German spelling of umlauts meets in one form.
 */
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}
