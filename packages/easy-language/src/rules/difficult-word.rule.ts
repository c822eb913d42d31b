import { wordMatches } from '../word-lists/compile-word-list';
import { matchCase, type RawFinding, type Rule } from './rule';

export const difficultWordRule: Rule = {
  id: 'difficult-word',
  title: 'Schweres Wort',
  description:
    'Amtssprache und Fremdwörter („beantragen“, „zwecks“, „Coaching“) sind schwer. Die Liste schlägt einfache Wörter vor: „einen Antrag stellen“.',
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
        const matched = words.every((pattern, offset) => {
          const candidate = tokens[index + offset];
          return candidate?.kind === 'word' && wordMatches(pattern, candidate.lower);
        });
        if (!matched) continue;
        const last = tokens[index + words.length - 1];
        const text = context.text.slice(token.from, last.to);
        const kind = entry.kind === 'foreign' ? 'ein Fremdwort' : 'Amtssprache';
        // the suggestion fits the listed form; other forms only get the hint
        const isBaseForm = text.toLowerCase() === entry.term.toLowerCase();
        findings.push({
          from: token.from,
          to: last.to,
          message: `„${text}“ ist ${kind}. Einfacher: „${entry.suggestion}“.`,
          ...(isBaseForm
            ? { suggestion: { text: matchCase(entry.suggestion, text), label: `„${entry.suggestion}“ schreiben` } }
            : {}),
        });
        index += words.length - 1;
        break;
      }
    }
    return findings;
  },
};
