/** Plain ASCII needs no accent folding (the common case for single words, and much cheaper). */
const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * The same folding as the SQL function wn_search_normalize: lower case, no accents, ß → ss,
 * and ae/oe/ue → a/o/u, so that every German spelling of umlauts meets in one form.
 */
export function normalizeSearchText(text: string): string {
  const lower = text.toLowerCase();
  const unaccented = !NON_ASCII.test(lower)
    ? lower
    : lower.replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
  return unaccented.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}
