import { matchCase, type RawFinding, type Rule, say, spanOf, writeAs } from './rule';

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

const THIRD_PERSON = new Set(['er', 'sie', 'es', 'man']);

/** Konjunktiv I forms that mark reported speech („…, der Kurs sei voll“). */
export const REPORTED_SPEECH = new Set(['sei', 'seien', 'könne', 'müsse', 'solle', 'dürfe', 'wolle', 'habe']);

export const subjunctiveRule: Rule = {
  id: 'subjunctive',
  title: 'Möglichkeitsform',
  description:
    'Wörter wie „wäre“, „hätte“, „würde“, „könnte“ machen Sätze unklar. Schreiben Sie direkt: „Sie können …“, „Bitte kommen Sie …“.',
  en: {
    title: 'Subjunctive',
    description:
      'Words such as „wäre“, „hätte“, „würde“, „könnte“ make sentences vague. Write directly: „Sie können …“, „Bitte kommen Sie …“.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence) {
    const findings: RawFinding[] = [];
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token.kind !== 'word') continue;
      // „habe“ is Konjunktiv I only in the third person („er habe keine Zeit“)
      const thirdPersonHabe = token.lower === 'habe' && THIRD_PERSON.has(tokens[index - 1]?.lower ?? '');
      if (!SUBJUNCTIVES.has(token.lower) && !thirdPersonHabe) continue;
      const indicative = thirdPersonHabe ? 'hat' : SUBJUNCTIVES.get(token.lower);
      const message = indicative
        ? say(
            `„${token.text}“ ist Möglichkeitsform. Schreiben Sie direkt: „${indicative}“.`,
            `“${token.text}” is subjunctive. Write directly: “${indicative}”.`,
          )
        : say(
            `„${token.text}“ ist Möglichkeitsform. Schreiben Sie direkt, zum Beispiel „Bitte …“ oder „Sie können …“.`,
            `“${token.text}” is subjunctive. Write directly, for example “Bitte …” or “Sie können …”.`,
          );
      findings.push(
        spanOf(token, token, message, indicative ? writeAs(matchCase(indicative, token.text), indicative) : undefined),
      );
    }
    return findings;
  },
};
