import { splitCompound } from '../compounds/split-compound';
import { type RawFinding, type Rule, say, spanOf, writeAs } from './rule';

const MIN_LETTERS = { LEICHTE_SPRACHE: 11, EINFACHE_SPRACHE: 18 } as const;
const cache = new Map<string, string[] | null>();
const CACHE_LIMIT = 10_000;

function cachedSplit(word: string): string[] | null {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const parts = splitCompound(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, parts);
  return parts;
}

export const compoundWordRule: Rule = {
  id: 'compound-word',
  title: 'Langes Wort',
  description:
    'Lange zusammengesetzte Wörter sind schwer zu lesen. Trennen Sie sie mit einem Medio·punkt: „Bundes·agentur“, „Kranken·versicherung“.',
  en: {
    title: 'Long word',
    description:
      'Long compound words are hard to read. Split them with a middle dot (Mediopunkt): „Bundes·agentur“, „Kranken·versicherung“.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence, context) {
    const findings: RawFinding[] = [];
    for (const token of sentence.tokens) {
      // hyphenated or already split words are fine; compounds are nouns, so capitalised
      if (token.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) continue;
      if (token.text.length < MIN_LETTERS[context.level]) continue;
      const parts = cachedSplit(token.text);
      if (parts === null) continue;
      const split = [parts[0], ...parts.slice(1).map((part) => part.toLowerCase())].join('·');
      findings.push(
        spanOf(
          token,
          token,
          say(
            `Langes Wort. Trennen Sie es mit einem Medio·punkt: „${split}“.`,
            `Long word. Split it with a middle dot (Mediopunkt): “${split}”.`,
          ),
          writeAs(split),
        ),
      );
    }
    return findings;
  },
};
