import type { Token } from '../text/tokenize';
import { type CompiledPattern, wordMatches } from '../word-lists/compile-word-list';
import { matchCase, type RawFinding, type Rule, say, writeAs } from './rule';

const MAX_GAP = 6;

/** Last token of a match of the pattern words starting at index (later words may come up to MAX_GAP words later). */
function matchFrom(tokens: Token[], index: number, words: CompiledPattern['words']): Token | null {
  if (!wordMatches(words[0], tokens[index].lower)) return null;
  let cursor = index;
  for (const pattern of words.slice(1)) {
    let found = -1;
    for (let next = cursor + 1; next < tokens.length && next <= cursor + 1 + MAX_GAP; next += 1) {
      const token = tokens[next];
      if (token.kind !== 'word') break;
      const endsClause = tokens[next + 1] === undefined || tokens[next + 1].kind === 'punctuation';
      if (wordMatches(pattern, token.lower) && (!pattern.clauseEnd || endsClause)) {
        found = next;
        break;
      }
    }
    if (found < 0) return null;
    cursor = found;
  }
  return tokens[cursor];
}

export const difficultWordRule: Rule = {
  id: 'difficult-word',
  title: 'Schweres Wort',
  description:
    'Amtssprache und Fremdwörter („beantragen“, „zwecks“, „Coaching“) sind schwer. Die Liste schlägt einfache Wörter vor: „einen Antrag stellen“.',
  en: {
    title: 'Difficult word',
    description:
      'Officialese and foreign words („beantragen“, „zwecks“, „Coaching“) are hard. The list suggests plain words: „einen Antrag stellen“.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'warning' },
  check(sentence, context) {
    const findings: RawFinding[] = [];
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token.kind !== 'word') continue;
      const candidates = context.wordList.byStart.get(token.lower.slice(0, 2));
      if (!candidates) continue;
      for (const { entry, words } of candidates) {
        const last = matchFrom(tokens, index, words);
        if (last === null) continue;
        if (entry.exceptWith?.some((word) => tokens.some((other) => other.lower === word))) continue;
        const text = context.text.slice(token.from, last.to);
        const foreign = entry.kind === 'foreign';
        // the suggestion fits the listed form; other forms only get the hint
        const isBaseForm = text.toLowerCase() === entry.term.toLowerCase();
        findings.push({
          from: token.from,
          to: last.to,
          message: say(
            `„${text}“ ist ${foreign ? 'ein Fremdwort' : 'Amtssprache'}. Einfacher: „${entry.suggestion}“.`,
            `“${text}” is ${foreign ? 'a foreign word' : 'officialese'}. Plainer: “${entry.suggestion}”.`,
          ),
          ...(isBaseForm ? { suggestion: writeAs(matchCase(entry.suggestion, text), entry.suggestion) } : {}),
        });
        break;
      }
    }
    return findings;
  },
};
