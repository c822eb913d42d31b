import { describe, expect, it } from 'vitest';
import { doc, heading, listItem, paragraph, richDocument, table, taskItem, text } from '../testing/document-builders';
import { documentToPlainText } from './document-to-plain-text';

describe('documentToPlainText', () => {
  it('separates blocks by a blank line and drops marks', () => {
    const input = doc(heading(1, 'Titel'), paragraph(text('fett', { type: 'bold' }), ' und normal'), paragraph());

    expect(documentToPlainText(input)).toBe('Titel\n\nfett und normal');
  });

  it('puts list items on their own lines, nested ones included', () => {
    const input = doc({
      type: 'bulletList',
      content: [listItem('eins', { type: 'bulletList', content: [listItem('eins.a')] }), listItem('zwei')],
    });

    expect(documentToPlainText(input)).toBe('eins\neins.a\nzwei');
  });

  it('writes table rows as lines of cells', () => {
    expect(documentToPlainText(doc(table(['Kurs', 'Stunden'], ['B1', '400'])))).toBe('Kurs | Stunden\nB1 | 400');
  });

  it('includes task items, callouts, code and image alt texts', () => {
    expect(documentToPlainText(richDocument())).toBe(
      [
        'Berufssprachkurse',
        'Mehr beim BAMF und hier\naltkursId',
        'Ablauf',
        'Anmeldung\nFormular',
        'Termin vereinbaren\nNachweis hochladen',
        'Kurs | Stunden\nB1 | 400\nC1 | 500',
        'Fristen beachten!',
        'Zitat',
        '{"a": 1}',
        'Kursraum',
        'Mail oder anrufen',
      ].join('\n\n'),
    );
  });

  it('returns an empty string for an empty document', () => {
    expect(documentToPlainText(doc(paragraph()))).toBe('');
    expect(documentToPlainText(doc({ type: 'taskList', content: [taskItem('x', false)] }))).toBe('x');
  });
});
