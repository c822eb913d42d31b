const NON_ASCII = /[^\p{ASCII}]/gu;

/** Folded forms of single non-ASCII characters: texts use few of them, over and over. */
const foldedCharacters = new Map<string, string>();

/** ß → ss, else the character without its accents (compatibility decomposition, marks dropped). */
function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = character === 'ß' ? 'ss' : character.normalize('NFKD').replace(/\p{M}/gu, '');
    // Bounded: a text in an unusual script cannot grow it much beyond its alphabet.
    if (foldedCharacters.size < 10_000) foldedCharacters.set(character, folded);
  }
  return folded;
}

/**
 * The same folding as the SQL function wn_search_normalize: lower case, no accents, ß → ss,
 * and ae/oe/ue → a/o/u, so that every German spelling of umlauts meets in one form. Characters
 * are folded one by one (decomposition is per character), which for long texts with a few
 * umlauts is much cheaper than normalizing the whole text.
 */
export function normalizeSearchText(text: string): string {
  const unaccented = text.toLowerCase().replace(NON_ASCII, foldCharacter);
  return unaccented.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}
