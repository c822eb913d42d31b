import { describe, expect, it } from 'vitest';
import { highlightMatches, snippetAround } from './highlight-matches';

describe('highlightMatches', () => {
  it('marks words that contain a stem, including compounds and other umlaut spellings', () => {
    expect(highlightMatches('Berufssprachkurse und Sprachkursträger', ['sprachkurs'])).toBe(
      '<mark>Berufssprachkurse</mark> und <mark>Sprachkursträger</mark>',
    );
    expect(highlightMatches('Die Ausländerbehörde hilft', ['behord'])).toBe('Die <mark>Ausländerbehörde</mark> hilft');
  });

  it('escapes HTML everywhere, also inside marks', () => {
    expect(highlightMatches('<script>Kurs</script> & "Kurse"', ['kurs'])).toBe(
      '&lt;script&gt;<mark>Kurs</mark>&lt;/script&gt; &amp; &quot;<mark>Kurse</mark>&quot;',
    );
  });

  it('marks a word that only folding (ß → ss) makes as long as the stem, and every repetition', () => {
    expect(highlightMatches('Maße, Maße und Masse', ['masse'])).toBe(
      '<mark>Maße</mark>, <mark>Maße</mark> und <mark>Masse</mark>',
    );
  });

  it('only matches short stems at the start of a word', () => {
    expect(highlightMatches('BA und Arbeit', ['ba'])).toBe('<mark>BA</mark> und Arbeit');
  });
});

describe('snippetAround', () => {
  const text = `${'Einleitung ohne Treffer. '.repeat(20)}Hier steht der Integrationskurs mit Kinderbetreuung. ${'Weiterer Text. '.repeat(20)}`;

  it('cuts a window around the first match with ellipses', () => {
    const snippet = snippetAround(text, ['integrationskurs'], 120);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('<mark>Integrationskurs</mark>');
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(130);
  });

  it('marks every match inside the window, also far into a long text', () => {
    const long = `${'Text ohne Treffer. '.repeat(500)}Der Sprachkurs und die Sprachkursträger. ${'Ende. '.repeat(50)}`;
    const snippet = snippetAround(long, ['sprachkurs'], 120);
    expect(snippet).toContain('<mark>Sprachkurs</mark> und die <mark>Sprachkursträger</mark>');
    expect(snippet.startsWith('… ')).toBe(true);
  });

  it('finds the first match behind many pieces of umlauts and ß, folded as well', () => {
    const long = `${'Größere Maßnahmen für Übergänge. '.repeat(60)}Die Kinderbetreuung im Integrationskurs. ${'Ende. '.repeat(30)}`;
    expect(snippetAround(long, ['kinderbetreuung'], 120)).toContain('Die <mark>Kinderbetreuung</mark> im');
    const folded = snippetAround(`${'Text. '.repeat(300)}Ihre Übergänge gestalten`, ['ubergang'], 60);
    expect(folded).toContain('Ihre <mark>Übergänge</mark> gestalten');
  });

  it('shows whitespace runs as one space, however far the text goes on', () => {
    const spaced = `Einleitung\n\n\tmit   Absätzen.\n${'Zeile ohne Treffer.\n\n'.repeat(40)}Der  Sprachkurs\n\nbeginnt ${'bald und \n\n\n'.repeat(200)}`;
    const snippet = snippetAround(spaced, ['sprachkurs'], 60);
    expect(snippet).toBe('… Treffer. Der <mark>Sprachkurs</mark> beginnt bald und bald und bald und …');
    expect(snippetAround(spaced, ['xyz'], 30)).toBe('Einleitung mit Absätzen. Zeile …');
  });

  it('ends without an ellipsis when only whitespace follows the window', () => {
    expect(snippetAround('Der Sprachkurs beginnt.\n\n   \n', ['sprachkurs'], 60)).toBe(
      'Der <mark>Sprachkurs</mark> beginnt.',
    );
    expect(snippetAround(`  Der Sprachkurs${' '.repeat(500)}`, ['sprachkurs'], 16)).toBe('Der <mark>Sprachkurs</mark>');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippetAround('Kurzer Text.', ['xyz'], 100)).toBe('Kurzer Text.');
  });
});
