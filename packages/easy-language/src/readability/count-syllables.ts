const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'y', 'é', 'è', 'ê', 'à', 'â', 'ô', 'î', 'û']);
// two letters spoken as one vowel: diphthongs and long double vowels
const ONE_SOUND = new Set(['ei', 'ie', 'eu', 'äu', 'au', 'ai', 'ey', 'ay', 'aa', 'ee', 'oo']);

/**
 * Counts German syllables: every group of vowels (a e i o u ä ö ü y) is a syllable nucleus, where
 * ei/ie/eu/äu/au/ai and doubled vowels are one sound; „qu“ is a consonant. A few endings of loan
 * words are spoken apart: -ien and -lie (Ferien, Familie), -een (Ideen), -eum (Museum).
 */
export function countSyllables(word: string): number {
  const letters = word
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '')
    .replace(/qu/g, 'qv');
  if (letters.length === 0) return 0;
  let count = 0;
  let index = 0;
  while (index < letters.length) {
    if (!VOWELS.has(letters[index])) {
      index += 1;
      continue;
    }
    const pair = letters.slice(index, index + 2);
    if (ONE_SOUND.has(pair) && !spokenApart(letters, index)) index += 2;
    else index += 1;
    count += 1;
  }
  return Math.max(1, count);
}

function spokenApart(letters: string, index: number): boolean {
  const rest = letters.slice(index);
  const isEnding = (ending: string) => rest === ending || rest === `${ending}n`;
  // Fe-ri-en, Fa-mi-li-e, I-de-en, Mu-se-um (but Wien, Knie, See, Tee)
  if (rest === 'ien' && index >= 2 && letters.length > 5) return true;
  if (isEnding('ie') && letters[index - 1] === 'l' && index >= 3) return true;
  if (rest === 'een' && index >= 2) return true;
  if ((rest === 'eum' || rest === 'eums') && index >= 2) return true;
  // be-ur-tei-len, ge-eig-net: a prefix vowel before a stem vowel
  if (index === 1 && (letters.startsWith('beu') || letters.startsWith('geu')) && letters[3] === 'r') return true;
  return false;
}
