import type { LanguageLevel, Suggestion } from '../types';
import { type RawFinding, type Rule, spanOf } from './rule';

interface CharacterAdvice {
  message: string;
  suggestion?: Suggestion;
  /** Also checked for Einfache Sprache. */
  simple: boolean;
}

const QUOTE = {
  message: 'Anführungszeichen sind schwer. Lassen Sie sie weg oder schreiben Sie den Satz anders.',
  simple: false,
};
const BRACKET = { message: 'Klammern sind schwer. Schreiben Sie den Inhalt als eigenen Satz.', simple: false };

const ADVICE: Record<string, CharacterAdvice> = {
  '&': {
    message: 'Schreiben Sie „und“ statt „&“.',
    suggestion: { text: 'und', label: '„und“ schreiben' },
    simple: true,
  },
  '§': {
    message: 'Schreiben Sie „Paragraf“ statt „§“.',
    suggestion: { text: 'Paragraf', label: '„Paragraf“ schreiben' },
    simple: false,
  },
  '/': {
    message: 'Der Schräg·strich ist schwer. Schreiben Sie „oder“ oder „und“.',
    suggestion: { text: ' oder ', label: '„oder“ schreiben' },
    simple: false,
  },
  ';': { message: 'Statt Semikolon: Setzen Sie einen Punkt und machen Sie zwei Sätze.', simple: true },
  '%': { message: 'Schreiben Sie „Prozent“ aus, oder besser: „viele“, „wenige“.', simple: false },
  '€': {
    message: 'Schreiben Sie „Euro“ statt „€“.',
    suggestion: { text: 'Euro', label: '„Euro“ schreiben' },
    simple: false,
  },
  '*': { message: 'Sonderzeichen „*“: Schreiben Sie beide Formen aus („Kundinnen und Kunden“).', simple: true },
  '#': { message: 'Sonderzeichen „#“ ist schwer. Schreiben Sie „Nummer“.', simple: true },
  '+': { message: 'Schreiben Sie „und“ oder „plus“ statt „+“.', simple: false },
  '~': { message: 'Schreiben Sie „ungefähr“ statt „~“.', simple: true },
  '|': { message: 'Sonderzeichen „|“ ist schwer. Schreiben Sie einen eigenen Satz.', simple: true },
  '\\': { message: 'Sonderzeichen „\\“ ist schwer.', simple: true },
  '<': { message: 'Schreiben Sie „weniger als“ statt „<“.', simple: true },
  '>': { message: 'Schreiben Sie „mehr als“ statt „>“.', simple: true },
  '"': QUOTE,
  '„': QUOTE,
  '“': QUOTE,
  '”': QUOTE,
  '‚': QUOTE,
  '‘': QUOTE,
  '«': QUOTE,
  '»': QUOTE,
  "'": QUOTE,
  '(': BRACKET,
  '[': BRACKET,
};

const applies = (advice: CharacterAdvice, level: LanguageLevel) => level === 'LEICHTE_SPRACHE' || advice.simple;

export const specialCharacterRule: Rule = {
  id: 'special-character',
  title: 'Sonderzeichen',
  description: 'Sonderzeichen wie &, §, /, ;, %, Anführungszeichen und Klammern sind schwer. Schreiben Sie Wörter.',
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence, context) {
    const findings: RawFinding[] = [];
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token.kind !== 'punctuation') continue;
      // a percent sign after a number is the percentage rule's finding
      if (token.text === '%' && tokens[index - 1]?.kind === 'number') continue;
      const advice = ADVICE[token.text];
      if (advice !== undefined && applies(advice, context.level)) {
        const suggestion =
          advice.suggestion &&
          token.text === '/' &&
          tokens[index + 1] &&
          !tokens[index + 1].spaceBefore &&
          !token.spaceBefore
            ? advice.suggestion
            : advice.suggestion && token.text !== '/'
              ? {
                  ...advice.suggestion,
                  text: token.spaceBefore || index === 0 ? advice.suggestion.text : ` ${advice.suggestion.text}`,
                }
              : undefined;
        findings.push(spanOf(token, token, advice.message, suggestion));
        continue;
      }
      // gender colon inside a word („Kund:innen“)
      if (
        token.text === ':' &&
        !token.spaceBefore &&
        tokens[index + 1]?.kind === 'word' &&
        !tokens[index + 1].spaceBefore &&
        tokens[index - 1]?.kind === 'word'
      ) {
        findings.push(
          spanOf(token, token, 'Doppelpunkt im Wort: Schreiben Sie beide Formen aus („Kundinnen und Kunden“).'),
        );
      }
    }
    return findings;
  },
};
