import { describe, expect, it } from 'vitest';
import { countSyllables } from './count-syllables';

// syllable counts from the dictionary division of each word
const KNOWN: [string, number][] = [
  ['Brief', 1],
  ['Geld', 1],
  ['Haus', 1],
  ['Kurs', 1],
  ['neu', 1],
  ['See', 1],
  ['Knie', 1],
  ['Quelle', 2],
  ['Miete', 2],
  ['Arbeit', 2],
  ['Häuser', 2],
  ['Leute', 2],
  ['Termin', 2],
  ['Beratung', 3],
  ['Antrag', 2],
  ['Zeitung', 2],
  ['Ausweis', 2],
  ['Jobcenter', 3],
  ['Familie', 4],
  ['Ferien', 3],
  ['Ideen', 3],
  ['Museum', 3],
  ['Theater', 3],
  ['Situation', 5],
  ['Information', 5],
  ['Qualifikation', 6],
  ['beurteilen', 4],
  ['geeignet', 3],
  ['Bundesagentur', 5],
  ['Arbeitslosengeld', 5],
  ['Eingliederungsvereinbarung', 8],
  ['Aufenthaltserlaubnis', 6],
  ['Krankenversicherung', 6],
  ['Mitwirkungspflicht', 4],
  ['Ausländerbehörde', 6],
  ['Sprachkurs', 2],
  ['Öffnungszeiten', 4],
  ['übermorgen', 4],
  ['Bäume', 2],
  ['Eule', 2],
  ['Typ', 1],
  ['Baby', 2],
];

describe('countSyllables', () => {
  it.each(KNOWN)('%s has %i syllables', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('counts one syllable for a word without vowels and none for no letters', () => {
    expect(countSyllables('Hmm')).toBe(1);
    expect(countSyllables('123')).toBe(0);
  });
});
