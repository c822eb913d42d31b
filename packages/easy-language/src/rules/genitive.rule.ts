import type { Token } from '../text/tokenize';
import { isCapitalised, type Localized, type RawFinding, type Rule, say, spanOf } from './rule';

const GENITIVE_PREPOSITIONS = new Set([
  'wegen',
  'trotz',
  'während',
  'aufgrund',
  'anhand',
  'anstatt',
  'statt',
  'innerhalb',
  'außerhalb',
  'mithilfe',
  'infolge',
  'zwecks',
  'bezüglich',
  'hinsichtlich',
  'angesichts',
  'seitens',
  'anlässlich',
  'zugunsten',
  'oberhalb',
  'unterhalb',
  'abzüglich',
  'zuzüglich',
]);
// determiners that are genitive after a genitive preposition
const GENITIVE_AFTER_PREPOSITION = new Set([
  'des',
  'der',
  'eines',
  'einer',
  'ihres',
  'ihrer',
  'seines',
  'seiner',
  'meines',
  'meiner',
  'unseres',
  'unserer',
  'dieses',
  'dieser',
  'jedes',
  'jeder',
]);
// determiners that are genitive when their noun ends in -s („eines Antrags“, „Ihres Kindes“)
const GENITIVE_WITH_S = new Set(['eines', 'ihres', 'seines', 'meines', 'unseres', 'deines', 'keines']);
const AMBIGUOUS_WITH_S = new Set(['dieses', 'jedes']);
// „der/Ihrer“ + noun right after a noun („die Adresse der Agentur“, „die Namen Ihrer Kinder“)
const GENITIVE_AFTER_NOUN = new Set(['der', 'ihrer', 'seiner', 'unserer', 'meiner', 'dieser', 'einer']);
const PRONOUNS = new Set(['sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ich', 'wir', 'es', 'er', 'man']);

/** The noun of the noun phrase starting after index (skipping up to two adjectives). */
function nounAfter(tokens: Token[], index: number): Token | undefined {
  for (let cursor = index + 1; cursor < Math.min(tokens.length, index + 4); cursor += 1) {
    const token = tokens[cursor];
    if (token.kind !== 'word') return undefined;
    if (isCapitalised(token)) return token;
  }
  return undefined;
}

const hasGenitiveS = (noun: Token) => /(?:es|[^suiaoäx]s)$/.test(noun.lower);

function isNounBefore(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  // „50 % der Menschen“
  if (before?.text === '%') return true;
  return (
    index >= 2 &&
    before !== undefined &&
    isCapitalised(before) &&
    !PRONOUNS.has(before.lower) &&
    tokens[index - 2].kind !== 'punctuation'
  );
}

export const genitiveRule: Rule = {
  id: 'genitive',
  title: 'Genitiv',
  description:
    'Der Genitiv („des Antrags“, „wegen der Frist“) ist schwer. Schreiben Sie „von dem“ oder bilden Sie den Satz anders: „der Antrag von Herrn Ali“.',
  en: {
    title: 'Genitive',
    description:
      'The genitive („des Antrags“, „wegen der Frist“) is hard. Write „von dem“ or phrase the sentence differently: „der Antrag von Herrn Ali“.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence) {
    const tokens = sentence.tokens;
    const findings: RawFinding[] = [];
    const used = new Set<number>();
    const add = (start: number, noun: Token, message: Localized) => {
      if (used.has(start)) return;
      used.add(start);
      findings.push(spanOf(tokens[start], noun, message));
    };
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token.kind !== 'word') continue;
      const noun = nounAfter(tokens, index);
      if (GENITIVE_PREPOSITIONS.has(token.lower)) {
        const next = tokens[index + 1];
        const nextNoun = nounAfter(tokens, index + 1);
        if (next && GENITIVE_AFTER_PREPOSITION.has(next.lower) && nextNoun) {
          add(
            index,
            nextNoun,
            say(
              `„${token.text}“ mit Genitiv ist schwer. Schreiben Sie zum Beispiel „${token.lower === 'wegen' ? 'wegen dem' : 'bei dem'} …“ oder bilden Sie zwei Sätze.`,
              `“${token.text}” with the genitive is hard. Write, for example, “${token.lower === 'wegen' ? 'wegen dem' : 'bei dem'} …” or make two sentences.`,
            ),
          );
          used.add(index + 1);
        }
        continue;
      }
      if (!noun || used.has(index)) continue;
      const genitiveMessage = say(
        `Genitiv („${token.text} ${noun.text}“). Schreiben Sie lieber „von dem …“ oder „von der …“.`,
        `Genitive (“${token.text} ${noun.text}”). Better write “von dem …” or “von der …”.`,
      );
      if (token.lower === 'des') add(index, noun, genitiveMessage);
      else if (GENITIVE_WITH_S.has(token.lower) && hasGenitiveS(noun)) add(index, noun, genitiveMessage);
      else if (AMBIGUOUS_WITH_S.has(token.lower) && hasGenitiveS(noun) && !noun.lower.endsWith('ns'))
        add(index, noun, genitiveMessage);
      else if (GENITIVE_AFTER_NOUN.has(token.lower) && isNounBefore(tokens, index)) add(index, noun, genitiveMessage);
    }
    return findings;
  },
};
