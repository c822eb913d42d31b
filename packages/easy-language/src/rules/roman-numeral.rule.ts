import { type RawFinding, type Rule, say, spanOf, writeAs } from './rule';

const ROMAN = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// words after which even a single letter is a Roman numeral („SGB II“, „Teil V“)
const CONTEXT = new Set([
  'sgb',
  'teil',
  'kapitel',
  'band',
  'buch',
  'abschnitt',
  'stufe',
  'klasse',
  'anlage',
  'artikel',
  'art.',
  'nr.',
  'nummer',
  'hartz',
  'modul',
  'papst',
  'könig',
  'kaiser',
  'weltkrieg',
]);
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export const isRomanNumeral = (text: string): boolean => text.length > 0 && ROMAN.test(text);

export function romanToNumber(text: string): number {
  let total = 0;
  for (let index = 0; index < text.length; index += 1) {
    const value = VALUES[text[index]];
    const next = VALUES[text[index + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export const romanNumeralRule: Rule = {
  id: 'roman-numeral',
  title: 'Römische Zahl',
  description: 'Römische Zahlen („SGB II“, „Wilhelm II.“) kennen viele nicht. Schreiben Sie Ziffern: „2“.',
  en: {
    title: 'Roman numeral',
    description: 'Many people do not know Roman numerals („SGB II“, „Wilhelm II.“). Write digits: „2“.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence) {
    const findings: RawFinding[] = [];
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token.kind !== 'word') continue;
      // „Hartz-IV-Bescheid“: look at the parts
      let offset = 0;
      for (const part of token.text.split(/[-‐‑]/)) {
        const partFrom = token.from + offset;
        offset += part.length + 1;
        if (!isRomanNumeral(part)) continue;
        const before = part === token.text ? tokens[index - 1] : undefined;
        const inContext = (before !== undefined && CONTEXT.has(before.lower)) || part !== token.text;
        if (part.length < 2 && !inContext) continue;
        // a capital „I“ or „V“ on its own is a letter unless something above says otherwise
        const arabic = String(romanToNumber(part));
        findings.push(
          spanOf(
            { ...token, from: partFrom, to: partFrom + part.length },
            { ...token, from: partFrom, to: partFrom + part.length },
            say(
              `Römische Zahl „${part}“. Schreiben Sie die Ziffer: „${arabic}“.`,
              `Roman numeral “${part}”. Write the digit: “${arabic}”.`,
            ),
            writeAs(arabic),
          ),
        );
      }
    }
    return findings;
  },
};
