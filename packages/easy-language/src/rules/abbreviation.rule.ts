import { type RawFinding, type Rule, say, spanOf, writeAs } from './rule';
import { isRomanNumeral } from './roman-numeral.rule';

const ACRONYM = /^\p{Lu}{2,5}$/u;
const ALLOWED = new Set(['OK']);

export const abbreviationRule: Rule = {
  id: 'abbreviation',
  title: 'Abkürzung',
  description: 'Abkürzungen („z. B.“, „bzw.“, „SGB“) versteht nicht jeder. Schreiben Sie das ganze Wort.',
  en: {
    title: 'Abbreviation',
    description: 'Not everyone understands abbreviations („z. B.“, „bzw.“, „SGB“). Write the whole word.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'warning' },
  check(sentence, context) {
    const findings: RawFinding[] = [];
    for (const token of sentence.tokens) {
      if (token.kind === 'abbreviation') {
        const entry = context.abbreviations.get(token.lower.replace(/\s+/g, ''));
        findings.push(
          spanOf(
            token,
            token,
            entry
              ? say(
                  `Abkürzung „${token.text}“. Schreiben Sie: „${entry.expansion}“.`,
                  `Abbreviation “${token.text}”. Write: “${entry.expansion}”.`,
                )
              : say(
                  `Abkürzung „${token.text}“. Schreiben Sie das ganze Wort.`,
                  `Abbreviation “${token.text}”. Write the whole word.`,
                ),
            entry ? writeAs(entry.expansion) : undefined,
          ),
        );
        continue;
      }
      if (token.kind !== 'word') continue;
      const entry = context.abbreviations.get(token.lower);
      // „SGB“ as listed („BA“ only in capitals, not the syllable „ba“); unknown acronyms in capitals
      const expansion = entry !== undefined && entry.abbreviation === token.text ? entry.expansion : undefined;
      const acronym = ACRONYM.test(token.text) && !isRomanNumeral(token.text) && !ALLOWED.has(token.text);
      if (expansion === undefined && !acronym) continue;
      findings.push(
        spanOf(
          token,
          token,
          expansion !== undefined
            ? say(
                `Abkürzung „${token.text}“. Schreiben Sie: „${expansion}“.`,
                `Abbreviation “${token.text}”. Write: “${expansion}”.`,
              )
            : say(
                `Abkürzung „${token.text}“. Schreiben Sie das ganze Wort oder erklären Sie es.`,
                `Abbreviation “${token.text}”. Write the whole word or explain it.`,
              ),
          expansion !== undefined ? writeAs(expansion) : undefined,
        ),
      );
    }
    return findings;
  },
};
