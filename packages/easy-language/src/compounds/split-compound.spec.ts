import { describe, expect, it } from 'vitest';
import { hyphenationPoints, splitCompound } from './split-compound';

describe('splitCompound', () => {
  it.each([
    ['Bundesagentur', 'Bundes|agentur'],
    ['Arbeitslosengeld', 'Arbeitslosen|geld'],
    ['Eingliederungsvereinbarung', 'Eingliederungs|vereinbarung'],
    ['Krankenversicherungskarte', 'Kranken|versicherungs|karte'],
    ['Ausländerbehörde', 'Ausländer|behörde'],
    ['Bewerbungsunterlagen', 'Bewerbungs|unterlagen'],
    ['Staatsangehörigkeit', 'Staats|angehörigkeit'],
  ])('splits %s at the word border', (word, expected) => {
    expect(splitCompound(word)?.join('|')).toBe(expected);
  });

  it.each(['Informationen', 'Vereinbarung', 'Verantwortung', 'Unterstützung', 'Schwangerschaft'])(
    'leaves the simple word %s alone',
    (word) => {
      expect(splitCompound(word)).toBeNull();
    },
  );

  it('only splits at hyphenation points of the German patterns', () => {
    const points = hyphenationPoints('Bundesagentur');
    expect(points).toContain(6);
    const parts = splitCompound('Bundesagentur')!;
    expect(points).toContain(parts[0].length);
  });
});
