import hyphenDe from 'hyphen/de/index.js';
import { KNOWN_STEMS, PREFIXES, SUFFIX_STARTS } from './known-stems';

const SOFT_HYPHEN = '\u00AD';
// linking elements between compound parts („Arbeit-s-agentur“, „Kind-er-garten“)
const LINKING = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns'];
// endings of the head word („-versicherungen“, „-kurse“)
const INFLECTION = ['', 'e', 'en', 'n', 's', 'es', 'er', 'ern', 'nen'];
// endings that only occur before a linking s: a compound border follows them
const LINKED_SUFFIXES = ['ungs', 'heits', 'keits', 'schafts', 'ions', 'täts', 'tums', 'lings', 'igkeits'];

const MIN_PART = 3;

interface Segmentation {
  parts: string[];
  score: number;
}

const isKnownWith = (part: string, endings: readonly string[], extra: ReadonlySet<string>) =>
  endings.some((ending) => {
    if (!part.endsWith(ending)) return false;
    const stem = part.slice(0, part.length - ending.length);
    return stem.length >= MIN_PART && (KNOWN_STEMS.has(stem) || extra.has(stem));
  });

const hasVowel = (part: string) => /[aeiouäöüy]/.test(part);

function partScore(part: string, isLast: boolean, extra: ReadonlySet<string>): number {
  if (part.length < MIN_PART || !hasVowel(part) || PREFIXES.has(part)) return -100;
  if (SUFFIX_STARTS.some((suffix) => part.startsWith(suffix))) return -100;
  if (isLast) return isKnownWith(part, INFLECTION, extra) ? 3 : -2;
  if (isKnownWith(part, LINKING, extra)) return 3;
  if (LINKED_SUFFIXES.some((suffix) => part.endsWith(suffix))) return 2;
  return -2;
}

/** Break positions from the German hyphenation patterns (hyphen, de-1996). */
export function hyphenationPoints(word: string): number[] {
  const hyphenated = hyphenDe.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 5 });
  const points: number[] = [];
  let offset = 0;
  for (const char of hyphenated) {
    if (char === SOFT_HYPHEN) points.push(offset);
    else offset += char.length;
  }
  return points;
}

/**
 * Splits a compound into the words it is made of („Bundesagentur“ → [„Bundes“, „agentur“]), using the
 * hyphenation points as candidates and preferring parts that are known words or end with a linking
 * element. Returns null when the word is one known word or no split is convincing.
 */
export function splitCompound(word: string, extraStems: ReadonlySet<string> = new Set()): string[] | null {
  const lower = word.toLowerCase();
  if (isKnownWith(lower, INFLECTION, extraStems)) return null;
  const points = hyphenationPoints(word).filter((point) => point >= MIN_PART && lower.length - point >= MIN_PART);
  if (points.length === 0) return null;
  const best = new Map<number, Segmentation | null>();
  // best segmentation of lower[start…]; the memo keeps it linear in the number of points squared
  const solve = (start: number): Segmentation | null => {
    const cached = best.get(start);
    if (cached !== undefined) return cached;
    let result: Segmentation | null = {
      parts: [lower.slice(start)],
      score: partScore(lower.slice(start), true, extraStems),
    };
    for (const point of points) {
      if (point <= start) continue;
      const head = lower.slice(start, point);
      const headScore = partScore(head, false, extraStems);
      if (headScore < -50) continue;
      const rest = solve(point);
      if (rest === null) continue;
      const score = headScore + rest.score - 0.5;
      if (result === null || score > result.score) result = { parts: [head, ...rest.parts], score };
    }
    best.set(start, result);
    return result;
  };
  const segmentation = solve(0);
  if (segmentation === null || segmentation.parts.length < 2) return null;
  const scores = segmentation.parts.map((part, index) =>
    partScore(part, index === segmentation.parts.length - 1, extraStems),
  );
  const unknown = scores.filter((score) => score < 0).length;
  // every part recognised, or two parts where one is recognised and the other is a plausible word
  const convincing =
    unknown === 0 ||
    (segmentation.parts.length === 2 &&
      unknown === 1 &&
      segmentation.parts.every((part) => part.length >= 4) &&
      scores.some((score) => score >= 3));
  if (!convincing) return null;
  let offset = 0;
  return segmentation.parts.map((part) => {
    const original = word.slice(offset, offset + part.length);
    offset += part.length;
    return original;
  });
}
