import type { JSONContent } from '@tiptap/core';

/** Small builders that keep test documents readable. Test-only: not exported by the package. */

type Mark = NonNullable<JSONContent['marks']>[number];

export function text(value: string, ...marks: Mark[]): JSONContent {
  return marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

export function paragraph(...content: (JSONContent | string)[]): JSONContent {
  const children = content.map((child) => (typeof child === 'string' ? text(child) : child));
  return children.length > 0 ? { type: 'paragraph', content: children } : { type: 'paragraph' };
}

export function heading(level: number, value: string): JSONContent {
  return { type: 'heading', attrs: { level }, content: [text(value)] };
}

export function listItem(value: string, ...nested: JSONContent[]): JSONContent {
  return { type: 'listItem', content: [paragraph(value), ...nested] };
}

export function taskItem(value: string, checked: boolean): JSONContent {
  return { type: 'taskItem', attrs: { checked }, content: [paragraph(value)] };
}

export function cell(type: 'tableCell' | 'tableHeader', value: string): JSONContent {
  return { type, content: [paragraph(value)] };
}

export function table(header: string[], ...rows: string[][]): JSONContent {
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((value) => cell('tableHeader', value)) },
      ...rows.map((row) => ({ type: 'tableRow', content: row.map((value) => cell('tableCell', value)) })),
    ],
  };
}

export function doc(...content: JSONContent[]): JSONContent {
  return { type: 'doc', content };
}

export function link(href: string): Mark {
  return { type: 'link', attrs: { href } };
}

/** A document that uses every node and mark of the schema. */
export function richDocument(): JSONContent {
  return doc(
    heading(1, 'Berufssprachkurse'),
    paragraph(
      'Mehr beim ',
      text('BAMF', link('https://www.bamf.de/'), { type: 'bold' }),
      text(' und ', { type: 'italic' }),
      text('hier', { type: 'underline' }, link('/artikel/kurse')),
      { type: 'hardBreak' },
      text('alt', { type: 'strike' }),
      text('kursId', { type: 'code' }),
    ),
    heading(2, 'Ablauf'),
    {
      type: 'bulletList',
      content: [listItem('Anmeldung', { type: 'orderedList', attrs: { start: 1 }, content: [listItem('Formular')] })],
    },
    { type: 'taskList', content: [taskItem('Termin vereinbaren', true), taskItem('Nachweis hochladen', false)] },
    table(['Kurs', 'Stunden'], ['B1', '400'], ['C1', '500']),
    { type: 'callout', attrs: { variant: 'warning' }, content: [paragraph('Fristen beachten!')] },
    { type: 'blockquote', content: [paragraph('Zitat')] },
    { type: 'horizontalRule' },
    { type: 'codeBlock', attrs: { language: 'json' }, content: [text('{"a": 1}')] },
    { type: 'image', attrs: { src: 'https://example.org/kurs.png', alt: 'Kursraum', title: 'Foto' } },
    paragraph(text('Mail', link('mailto:info@example.org')), ' oder ', text('anrufen', link('tel:+49301234'))),
  );
}
