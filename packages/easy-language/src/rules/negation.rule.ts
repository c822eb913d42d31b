import { matchCase, type RawFinding, type Rule, say, spanOf, writeAs } from './rule';

const NEGATIONS = new Set([
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'keines',
  'nie',
  'niemals',
  'niemand',
  'niemandem',
  'niemanden',
  'nichts',
  'nirgends',
  'nirgendwo',
  'weder',
]);
// „nicht“ + word → positive wording
const POSITIVE = new Map([
  ['vergessen', 'daran denken'],
  ['richtig', 'falsch'],
  ['erlaubt', 'verboten'],
  ['pünktlich', 'zu spät'],
  ['genug', 'zu wenig'],
  ['viel', 'wenig'],
  ['viele', 'wenige'],
  ['krank', 'gesund'],
  ['gesund', 'krank'],
  ['teuer', 'billig'],
  ['weit', 'nah'],
  ['schwer', 'leicht'],
  ['leicht', 'schwer'],
  ['oft', 'selten'],
  ['immer', 'manchmal'],
  ['alt', 'jung'],
  ['groß', 'klein'],
  ['klein', 'groß'],
  ['offen', 'geschlossen'],
  ['geöffnet', 'geschlossen'],
  ['vollständig', 'unvollständig'],
]);

export const negationRule: Rule = {
  id: 'negation',
  title: 'Verneinung',
  description:
    'Verneinungen („nicht“, „kein“, „nie“) werden leicht überlesen. Schreiben Sie positiv, wo es geht: „Kommen Sie pünktlich“ statt „Kommen Sie nicht zu spät“.',
  en: {
    title: 'Negation',
    description:
      'Negations („nicht“, „kein“, „nie“) are easily overlooked. Write positively where you can: „Kommen Sie pünktlich“ instead of „Kommen Sie nicht zu spät“.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: null },
  check(sentence) {
    const findings: RawFinding[] = [];
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token.kind !== 'word' || !NEGATIONS.has(token.lower)) continue;
      const next = tokens[index + 1];
      const positive = token.lower === 'nicht' && next ? POSITIVE.get(next.lower) : undefined;
      if (next && positive) {
        findings.push(
          spanOf(
            token,
            next,
            say(
              `Verneinung. Positiv ist leichter: „${positive}“ statt „${token.text} ${next.text}“.`,
              `Negation. Positive is easier: “${positive}” instead of “${token.text} ${next.text}”.`,
            ),
            writeAs(matchCase(positive, token.text), positive),
          ),
        );
        index += 1;
      } else {
        findings.push(
          spanOf(
            token,
            token,
            say(
              `Verneinung („${token.text}“). Schreiben Sie positiv, wo es geht. Sonst heben Sie „${token.text}“ hervor.`,
              `Negation (“${token.text}”). Write positively where you can. Otherwise emphasise “${token.text}”.`,
            ),
          ),
        );
      }
    }
    return findings;
  },
};
