import {
  diffDocuments,
  documentToPlainText,
  renderDocumentHtml,
  validateDocument,
  type JSONContent,
} from '@wissensnetz/editor';
import { bench, describe } from 'vitest';

/** A long article: 60 sections with a heading, two paragraphs, a list and a small table. */
function largeDocument(variant: string): JSONContent {
  const text = (value: string) => [{ type: 'text', text: value }];
  const paragraph = (value: string) => ({ type: 'paragraph', content: text(value) });
  const content: JSONContent[] = [];
  for (let section = 0; section < 60; section += 1) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: text(`Abschnitt ${section} ${variant}`) });
    content.push(paragraph(`Die Teilnahme am Integrationskurs wird beim Träger ${section} beantragt.`));
    content.push(paragraph(`Für Berufssprachkurse gilt die DeuFöV; Kursbeginn im Monat ${section % 12}.`));
    content.push({
      type: 'bulletList',
      content: ['Antrag', 'Nachweis', 'Termin'].map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
    });
    content.push({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: ['Kurs', 'Niveau'].map((c) => ({ type: 'tableHeader', content: [paragraph(c)] })),
        },
        { type: 'tableRow', content: ['Basis', 'B1'].map((c) => ({ type: 'tableCell', content: [paragraph(c)] })) },
      ],
    });
  }
  return { type: 'doc', content };
}

const before = largeDocument('alt');
const after = largeDocument('neu');

describe('editor pipeline on a 300-block article (what every save costs the server)', () => {
  bench('validateDocument', () => {
    validateDocument(after);
  });
  bench('renderDocumentHtml', () => {
    renderDocumentHtml(after);
  });
  bench('documentToPlainText', () => {
    documentToPlainText(after);
  });
  bench('diffDocuments (every heading changed)', () => {
    diffDocuments(before, after);
  });
});
