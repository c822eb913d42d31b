import type { JSONContent } from '@tiptap/core';

/** The article kinds a template exists for (the server's `ArticleKind` enum). */
export const ARTICLE_TEMPLATE_KINDS = ['PROCESS', 'GUIDE', 'FAQ', 'MATERIAL', 'NOTE'] as const;

export type ArticleTemplateKind = (typeof ARTICLE_TEMPLATE_KINDS)[number];

const text = (value: string): JSONContent => ({ type: 'text', text: value });
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [text(value)] });
const heading = (level: number, value: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});
const bullets = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

/** German starting points, one per article kind; authors replace the example text. */
export const ARTICLE_TEMPLATES: Readonly<Record<ArticleTemplateKind, JSONContent>> = {
  PROCESS: {
    type: 'doc',
    content: [
      heading(2, 'Worum geht es?'),
      paragraph('Kurz beschreiben, wofür dieser Ablauf gilt und wer ihn anstößt.'),
      heading(2, 'Ablauf'),
      {
        type: 'processSteps',
        content: [
          {
            type: 'processStep',
            attrs: {
              title: 'Anliegen aufnehmen',
              responsible: 'Eingangszone',
              legalBasis: '',
              deadline: 'am selben Tag',
              documents: [],
              branches: [{ condition: 'die Person hat keinen Aufenthaltstitel', targetStep: 2 }],
            },
            content: [paragraph('Was ist zu tun? Beispiel: Anliegen klären und Unterlagen prüfen.')],
          },
          {
            type: 'processStep',
            attrs: {
              title: 'Beratung durchführen',
              responsible: 'Arbeitsvermittlung',
              legalBasis: '§ 45 SGB III',
              deadline: 'innerhalb von 2 Wochen',
              documents: [],
              branches: [],
            },
            content: [paragraph('Was ist zu tun? Beispiel: Termin vereinbaren und Ergebnis dokumentieren.')],
          },
        ],
      },
    ],
  },
  GUIDE: {
    type: 'doc',
    content: [
      heading(2, 'Worum geht es?'),
      paragraph('Kurz beschreiben, wem diese Anleitung hilft.'),
      heading(2, 'So gehen Sie vor'),
      {
        type: 'orderedList',
        content: [
          { type: 'listItem', content: [paragraph('Erster Schritt')] },
          { type: 'listItem', content: [paragraph('Zweiter Schritt')] },
        ],
      },
      heading(2, 'Ansprechpersonen'),
      paragraph('Wer hilft weiter?'),
    ],
  },
  FAQ: {
    type: 'doc',
    content: [heading(2, 'Frage: …?'), paragraph('Antwort: …'), heading(2, 'Frage: …?'), paragraph('Antwort: …')],
  },
  MATERIAL: {
    type: 'doc',
    content: [
      heading(2, 'Was ist das für Material?'),
      paragraph('Kurz beschreiben, wofür das Material gedacht ist.'),
      heading(2, 'Für wen?'),
      bullets('Zielgruppe', 'Sprachen', 'Leichte Sprache: ja/nein'),
      heading(2, 'Dateien und Links'),
      bullets('…'),
    ],
  },
  NOTE: {
    type: 'doc',
    content: [paragraph('Notiz …')],
  },
};

/** A fresh copy of the template for a kind (safe to hand to an editor that mutates it). */
export function articleTemplate(kind: ArticleTemplateKind): JSONContent {
  return structuredClone(ARTICLE_TEMPLATES[kind]);
}
