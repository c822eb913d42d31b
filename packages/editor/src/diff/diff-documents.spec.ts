import { describe, expect, it } from 'vitest';
import { doc, heading, listItem, paragraph, table, taskItem } from '../testing/document-builders';
import { diffDocuments } from './diff-documents';

const unchanged = (kind: string, text: string) => ({
  change: 'UNCHANGED',
  kind,
  segments: [{ change: 'UNCHANGED', text }],
});

describe('diffDocuments', () => {
  it('marks every block of equal documents as unchanged', () => {
    const input = doc(heading(1, 'Titel'), paragraph('Text'));

    expect(diffDocuments(input, input)).toEqual([unchanged('heading', 'Titel'), unchanged('paragraph', 'Text')]);
  });

  it('shows an added paragraph', () => {
    const before = doc(paragraph('Eins'), paragraph('Drei'));
    const after = doc(paragraph('Eins'), paragraph('Zwei'), paragraph('Drei'));

    expect(diffDocuments(before, after)).toEqual([
      unchanged('paragraph', 'Eins'),
      { change: 'ADDED', kind: 'paragraph', segments: [{ change: 'ADDED', text: 'Zwei' }] },
      unchanged('paragraph', 'Drei'),
    ]);
  });

  it('shows a changed word inside a paragraph', () => {
    const before = doc(paragraph('Der Kurs dauert sechs Monate.'));
    const after = doc(paragraph('Der Kurs dauert neun Monate.'));

    expect(diffDocuments(before, after)).toEqual([
      {
        change: 'CHANGED',
        kind: 'paragraph',
        segments: [
          { change: 'UNCHANGED', text: 'Der Kurs dauert ' },
          { change: 'REMOVED', text: 'sechs' },
          { change: 'ADDED', text: 'neun' },
          { change: 'UNCHANGED', text: ' Monate.' },
        ],
      },
    ]);
  });

  it('shows a removed heading', () => {
    const before = doc(heading(2, 'Ablauf'), paragraph('Text'));
    const after = doc(paragraph('Text'));

    expect(diffDocuments(before, after)).toEqual([
      { change: 'REMOVED', kind: 'heading', segments: [{ change: 'REMOVED', text: 'Ablauf' }] },
      unchanged('paragraph', 'Text'),
    ]);
  });

  it('does not pair blocks of different kinds or without a common word', () => {
    const before = doc(heading(2, 'Ablauf'), paragraph('Alt'));
    const after = doc(paragraph('Ablauf'), paragraph('Neu'));

    expect(diffDocuments(before, after).map((block) => `${block.change} ${block.kind}`)).toEqual([
      'REMOVED heading',
      'REMOVED paragraph',
      'ADDED paragraph',
      'ADDED paragraph',
    ]);
  });

  it('treats a heading level change as a change of the same block', () => {
    const [block] = diffDocuments(doc(heading(2, 'Ablauf')), doc(heading(3, 'Ablauf')));

    expect(block).toEqual({ change: 'CHANGED', kind: 'heading', segments: [{ change: 'UNCHANGED', text: 'Ablauf' }] });
  });

  it('diffs list items, task items and table rows as their own blocks', () => {
    const before = doc(
      { type: 'bulletList', content: [listItem('Pass'), listItem('Foto')] },
      { type: 'taskList', content: [taskItem('Termin machen', false)] },
      table(['Kurs', 'Stunden'], ['B1', '400']),
    );
    const after = doc(
      { type: 'bulletList', content: [listItem('Pass'), listItem('Foto'), listItem('Zeugnis')] },
      { type: 'taskList', content: [taskItem('Termin machen', true)] },
      table(['Kurs', 'Stunden'], ['B1', '300']),
    );

    expect(diffDocuments(before, after)).toEqual([
      unchanged('listItem', 'Pass'),
      unchanged('listItem', 'Foto'),
      { change: 'ADDED', kind: 'listItem', segments: [{ change: 'ADDED', text: 'Zeugnis' }] },
      {
        change: 'CHANGED',
        kind: 'taskItem',
        segments: [
          { change: 'REMOVED', text: '☐' },
          { change: 'ADDED', text: '☑' },
          { change: 'UNCHANGED', text: ' Termin machen' },
        ],
      },
      unchanged('tableRow', 'Kurs | Stunden'),
      {
        change: 'CHANGED',
        kind: 'tableRow',
        segments: [
          { change: 'UNCHANGED', text: 'B1 | ' },
          { change: 'REMOVED', text: '400' },
          { change: 'ADDED', text: '300' },
        ],
      },
    ]);
  });
});
