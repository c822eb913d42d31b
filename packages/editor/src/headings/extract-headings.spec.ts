import { describe, expect, it } from 'vitest';
import { doc, heading, paragraph } from '../testing/document-builders';
import { extractHeadings } from './extract-headings';

describe('extractHeadings', () => {
  it('lists headings in document order with level, text and anchor', () => {
    const input = doc(
      heading(1, 'Berufssprachkurse'),
      paragraph('Text'),
      { type: 'callout', content: [heading(2, 'Wer zahlt?')] },
      heading(3, 'Träger & Förderung'),
    );

    expect(extractHeadings(input)).toEqual([
      { level: 1, text: 'Berufssprachkurse', anchor: 'berufssprachkurse' },
      { level: 2, text: 'Wer zahlt?', anchor: 'wer-zahlt' },
      { level: 3, text: 'Träger & Förderung', anchor: 'traeger-foerderung' },
    ]);
  });

  it('makes repeated anchors unique with -2, -3', () => {
    const input = doc(heading(2, 'Ablauf'), heading(2, 'Ablauf'), heading(2, 'Ablauf 2'), heading(2, 'Ablauf'));

    expect(extractHeadings(input).map((entry) => entry.anchor)).toEqual([
      'ablauf',
      'ablauf-2',
      'ablauf-2-2',
      'ablauf-3',
    ]);
  });

  it('joins text across marks and hard breaks and falls back to "abschnitt"', () => {
    const input = doc(
      {
        type: 'heading',
        attrs: { level: 2 },
        content: [
          { type: 'text', text: 'Erste ', marks: [{ type: 'bold' }] },
          { type: 'text', text: 'Schritte' },
          { type: 'hardBreak' },
          { type: 'text', text: 'jetzt' },
        ],
      },
      { type: 'heading', attrs: { level: 4 } },
    );

    expect(extractHeadings(input)).toEqual([
      { level: 2, text: 'Erste Schritte jetzt', anchor: 'erste-schritte-jetzt' },
      { level: 4, text: '', anchor: 'abschnitt' },
    ]);
  });
});
