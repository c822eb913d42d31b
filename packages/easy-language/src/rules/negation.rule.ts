import { matchCase, type RawFinding, type Rule, spanOf } from './rule';

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
          spanOf(token, next, `Verneinung. Positiv ist leichter: „${positive}“ statt „${token.text} ${next.text}“.`, {
            text: matchCase(positive, token.text),
            label: `„${positive}“ schreiben`,
          }),
        );
        index += 1;
      } else {
        findings.push(
          spanOf(
            token,
            token,
            `Verneinung („${token.text}“). Schreiben Sie positiv, wo es geht. Sonst heben Sie „${token.text}“ hervor.`,
          ),
        );
      }
    }
    return findings;
  },
};
