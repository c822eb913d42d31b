import type { Token } from '../text/tokenize';
import { type RawFinding, type Rule, say, spanOf, writeAs } from './rule';

const UNITS: Record<string, number> = {
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const TEENS: Record<string, number> = {
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

/** Value of a German number word („drei“, „einundzwanzig“, „zweihundert“); null for anything else, also „ein“. */
export function numberWordValue(word: string): number | null {
  if (word === 'eins') return 1;
  if (word === 'hundert' || word === 'einhundert') return 100;
  if (word === 'tausend' || word === 'eintausend') return 1000;
  if (word in TEENS) return TEENS[word];
  if (word in TENS) return TENS[word];
  if (word in UNITS && word !== 'ein') return UNITS[word];
  const compound =
    /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(
      word,
    );
  if (compound) return UNITS[compound[1]] + TENS[compound[2]];
  const hundreds = /^(zwei|drei|vier|fünf|sechs|sieben|acht|neun)(hundert|tausend)$/.exec(word);
  if (hundreds) return UNITS[hundreds[1]] * (hundreds[2] === 'hundert' ? 100 : 1000);
  return null;
}

export const numberAsWordRule: Rule = {
  id: 'number-as-word',
  title: 'Zahl als Wort',
  description: 'In Leichter Sprache schreiben Sie Zahlen als Ziffern: „3 Kinder“ statt „drei Kinder“.',
  en: {
    title: 'Number as a word',
    description: 'In Leichte Sprache, write numbers as digits: „3 Kinder“ instead of „drei Kinder“.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: null },
  check(sentence) {
    const findings: RawFinding[] = [];
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') continue;
      const value = numberWordValue(token.lower);
      if (value === null) continue;
      findings.push(
        spanOf(
          token,
          token,
          say(
            `Zahl als Wort („${token.text}“). Schreiben Sie die Ziffer: „${value}“.`,
            `Number as a word (“${token.text}”). Write the digit: “${value}”.`,
          ),
          writeAs(String(value)),
        ),
      );
    }
    return findings;
  },
};

const MAX_SMALL = { LEICHTE_SPRACHE: 999, EINFACHE_SPRACHE: 999_999 } as const;
const BIG_WORDS = new Set(['million', 'millionen', 'milliarde', 'milliarden', 'billion', 'billionen']);

function numberValue(token: Token): number | null {
  // „12.05.2024“ (date), „9:30“ (time) and „0911“ (area code) are not amounts
  if (/[:]/.test(token.text) || /^\d+\.\d+\.\d+/.test(token.text) || /^0\d/.test(token.text)) return null;
  const value = Number(token.text.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

const isCapital = (token: Token) => token.text[0] !== token.lower[0];
const withThousandsDots = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const largeNumberRule: Rule = {
  id: 'large-number',
  title: 'Große Zahl',
  description:
    'Große Zahlen sind schwer zu verstehen. Runden Sie oder schreiben Sie „viele“. Lange Zahlen gliedern Sie mit Punkten: „12.500“.',
  en: {
    title: 'Large number',
    description:
      'Large numbers are hard to understand. Round them or write „viele“. Group long numbers with dots: „12.500“.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence, context) {
    const findings: RawFinding[] = [];
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token.kind === 'word' && BIG_WORDS.has(token.lower)) {
        findings.push(
          spanOf(
            token,
            token,
            say(
              `Sehr große Zahl („${token.text}“). Schreiben Sie lieber „sehr viele“.`,
              `Very large number (“${token.text}”). Better write “sehr viele”.`,
            ),
          ),
        );
        continue;
      }
      if (token.kind !== 'number') continue;
      const value = numberValue(token);
      if (value === null || value <= MAX_SMALL[context.level]) continue;
      const bare = /^\d+$/.test(token.text);
      const next = tokens[index + 1];
      // the rest of a phone number after its area code („0911 1234567“)
      if (bare && tokens[index - 1]?.kind === 'number' && tokens[index - 1].text.startsWith('0')) continue;
      // years (2025) and postcodes (90402 Nürnberg) are not amounts
      if (bare && token.text.length === 4 && value >= 1900 && value <= 2100) continue;
      const before = tokens[index - 1];
      const startsAddressPart =
        before === undefined || before.text === ',' || before.kind === 'number' || token.lineBreakBefore;
      if (bare && token.text.length === 5 && startsAddressPart && next?.kind === 'word' && isCapital(next)) continue;
      const grouped = bare && token.text.length >= 5 ? withThousandsDots(token.text) : null;
      findings.push(
        spanOf(
          token,
          token,
          grouped
            ? say(
                `Große Zahl. Gliedern Sie sie mit Punkten („${grouped}“) oder runden Sie.`,
                `Large number. Group it with dots (“${grouped}”) or round it.`,
              )
            : say(
                `Große Zahl („${token.text}“). Runden Sie oder schreiben Sie „viele“, wenn die genaue Zahl nicht wichtig ist.`,
                `Large number (“${token.text}”). Round it, or write “viele” if the exact number does not matter.`,
              ),
          grouped ? writeAs(grouped) : undefined,
        ),
      );
    }
    return findings;
  },
};

const FRACTIONS: Record<string, string> = {
  '50': 'die Hälfte',
  '25': 'ein Viertel',
  '75': 'drei Viertel',
  '100': 'alle',
  '33': 'ein Drittel',
};

export const percentageRule: Rule = {
  id: 'percentage',
  title: 'Prozent',
  description: 'Prozent-Angaben sind schwer. Schreiben Sie „die Hälfte“, „viele“ oder „wenige“.',
  en: { title: 'Percentage', description: 'Percentages are hard. Write „die Hälfte“, „viele“ or „wenige“.' },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: null },
  check(sentence) {
    const findings: RawFinding[] = [];
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      const isPercent = token.text === '%' || /^prozent/.test(token.lower);
      if (!isPercent) continue;
      const number = tokens[index - 1]?.kind === 'number' ? tokens[index - 1] : undefined;
      const first = number ?? token;
      const fraction = number ? FRACTIONS[number.text] : undefined;
      findings.push(
        spanOf(
          first,
          token,
          fraction
            ? say(`Prozent-Angabe. Schreiben Sie lieber „${fraction}“.`, `Percentage. Better write “${fraction}”.`)
            : say(
                'Prozent-Angabe. Schreiben Sie lieber „viele“, „wenige“ oder „die Hälfte“.',
                'Percentage. Better write “viele”, “wenige” or “die Hälfte”.',
              ),
          fraction ? writeAs(fraction) : undefined,
        ),
      );
    }
    return findings;
  },
};
