import { describe, expect, it } from 'vitest';
import { DEFAULT_ABBREVIATIONS } from '../word-lists/abbreviations';
import { splitSentences } from './split-sentences';
import { tokenize } from './tokenize';

const dotted = new Set(
  DEFAULT_ABBREVIATIONS.map((entry) => entry.abbreviation.toLowerCase()).filter((form) => form.endsWith('.')),
);
const sentencesOf = (text: string) =>
  splitSentences(tokenize(text, dotted)).map((sentence) => text.slice(sentence.from, sentence.to));

describe('tokenize and splitSentences', () => {
  it('keeps abbreviations with dots in the sentence, also written with spaces', () => {
    expect(sentencesOf('Bringen Sie z. B. den Pass mit. Oder bzw. den Ausweis, d.h. ein Foto.')).toEqual([
      'Bringen Sie z. B. den Pass mit.',
      'Oder bzw. den Ausweis, d.h. ein Foto.',
    ]);
    const tokens = tokenize('z. B. heute', dotted);
    expect(tokens[0]).toMatchObject({ kind: 'abbreviation', text: 'z. B.', from: 0, to: 5 });
  });

  it('does not end a sentence after ordinal numbers and dates', () => {
    expect(sentencesOf('Am 1. Mai ist frei. Im 3. Stock ist der Kurs. Bis zum 12. kommt der Brief.')).toEqual([
      'Am 1. Mai ist frei.',
      'Im 3. Stock ist der Kurs.',
      'Bis zum 12. kommt der Brief.',
    ]);
    expect(sentencesOf('Ihre Nummer ist 12. Bitte warten Sie.')).toEqual(['Ihre Nummer ist 12.', 'Bitte warten Sie.']);
  });

  it('ends a sentence after a closing list abbreviation followed by a capital', () => {
    expect(sentencesOf('Sie brauchen Pass, Foto usw. Dann kommen Sie.')).toEqual([
      'Sie brauchen Pass, Foto usw.',
      'Dann kommen Sie.',
    ]);
  });

  it('keeps closing quotes and repeated marks with their sentence and splits at line breaks', () => {
    expect(sentencesOf('Er sagt: „Kommen Sie!“ Wirklich?! Ja\nNeue Zeile')).toEqual([
      'Er sagt: „Kommen Sie!“',
      'Wirklich?!',
      'Ja',
      'Neue Zeile',
    ]);
  });

  it('keeps umlauts, hyphenated words, Mediopunkt words, e-mails and URLs whole', () => {
    const tokens = tokenize(
      'Die Ausländer·behörde, Hartz-IV-Bescheid, info@jc.de und www.arbeitsagentur.de/a.',
      dotted,
    );
    expect(tokens.filter((token) => token.kind !== 'punctuation').map((token) => [token.kind, token.text])).toEqual([
      ['word', 'Die'],
      ['word', 'Ausländer·behörde'],
      ['word', 'Hartz-IV-Bescheid'],
      ['url', 'info@jc.de'],
      ['word', 'und'],
      ['url', 'www.arbeitsagentur.de/a'],
    ]);
  });

  it('gives UTF-16 offsets into the input', () => {
    const text = 'Grüße 👋 an Öztürk.';
    for (const token of tokenize(text, dotted)) expect(text.slice(token.from, token.to)).toBe(token.text);
  });
});
