import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateDocument } from '../validation/validate-document';
import { documentToYDoc, replaceYDocContent, yDocToDocument } from './y-doc-conversion';

const rich: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ablauf' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Erst ' },
        { type: 'text', text: 'beantragen', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', dann ' },
        { type: 'text', text: 'BAMF', marks: [{ type: 'link', attrs: { href: 'https://www.bamf.de' } }] },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kurs' }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'B1' }] }] }],
        },
      ],
    },
    {
      type: 'callout',
      attrs: { variant: 'warning' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Frist!' }] }],
    },
  ],
};

function normalized(doc: JSONContent): JSONContent {
  const result = validateDocument(doc);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

describe('Y.Doc conversion', () => {
  it('round-trips a rich document without loss', () => {
    expect(normalized(yDocToDocument(documentToYDoc(rich)))).toEqual(normalized(rich));
  });

  it('survives encoding as a Yjs update (what is stored in the database)', () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(documentToYDoc(rich)));
    expect(normalized(yDocToDocument(copy))).toEqual(normalized(rich));
  });

  it('replaces content as Yjs changes that reach other replicas', () => {
    const a = documentToYDoc(rich);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
    const replacement: JSONContent = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Neu' }] }],
    };
    replaceYDocContent(a, replacement);
    expect(normalized(yDocToDocument(b))).toEqual(normalized(replacement));
  });

  it('gives an empty document for an empty Y.Doc', () => {
    const doc = yDocToDocument(new Y.Doc());
    expect(doc.type).toBe('doc');
    expect(validateDocument(doc).ok).toBe(true);
  });
});
