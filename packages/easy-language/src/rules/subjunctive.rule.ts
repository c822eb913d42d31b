import { matchCase, type RawFinding, type Rule, spanOf } from './rule';

// Konjunktiv II and I forms with the indicative to use instead (null: rewrite needed)
const SUBJUNCTIVES = new Map<string, string | null>([
  ['wäre', 'ist'],
  ['wären', 'sind'],
  ['wärst', 'bist'],
  ['wärest', 'bist'],
  ['hätte', 'hat'],
  ['hätten', 'haben'],
  ['hättest', 'hast'],
  ['würde', null],
  ['würden', null],
  ['würdest', null],
  ['könnte', 'kann'],
  ['könnten', 'können'],
  ['könntest', 'kannst'],
  ['müsste', 'muss'],
  ['müssten', 'müssen'],
  ['müßte', 'muss'],
  ['müßten', 'müssen'],
  ['sollte', 'soll'],
  ['sollten', 'sollen'],
  ['dürfte', 'darf'],
  ['dürften', 'dürfen'],
  ['bräuchte', 'braucht'],
  ['bräuchten', 'brauchen'],
  ['gäbe', 'gibt'],
  ['käme', 'kommt'],
  ['kämen', 'kommen'],
  ['ginge', 'geht'],
  ['wüsste', 'weiß'],
  ['wüssten', 'wissen'],
  ['bekäme', 'bekommt'],
  ['bekämen', 'bekommen'],
  ['ließe', 'lässt'],
  ['täte', 'tut'],
  ['sei', 'ist'],
  ['seien', 'sind'],
  ['könne', 'kann'],
  ['müsse', 'muss'],
  ['solle', 'soll'],
  ['dürfe', 'darf'],
  ['wolle', 'will'],
]);

export const subjunctiveRule: Rule = {
  id: 'subjunctive',
  title: 'Möglichkeitsform',
  description:
    'Wörter wie „wäre“, „hätte“, „würde“, „könnte“ machen Sätze unklar. Schreiben Sie direkt: „Sie können …“, „Bitte kommen Sie …“.',
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence) {
    const findings: RawFinding[] = [];
    for (const token of sentence.tokens) {
      if (token.kind !== 'word' || !SUBJUNCTIVES.has(token.lower)) continue;
      const indicative = SUBJUNCTIVES.get(token.lower);
      const message = indicative
        ? `„${token.text}“ ist Möglichkeitsform. Schreiben Sie direkt: „${indicative}“.`
        : `„${token.text}“ ist Möglichkeitsform. Schreiben Sie direkt, zum Beispiel „Bitte …“ oder „Sie können …“.`;
      findings.push(
        spanOf(
          token,
          token,
          message,
          indicative ? { text: matchCase(indicative, token.text), label: `„${indicative}“ schreiben` } : undefined,
        ),
      );
    }
    return findings;
  },
};
