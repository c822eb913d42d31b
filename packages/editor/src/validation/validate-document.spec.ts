import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { doc, heading, link, paragraph, richDocument, text } from '../testing/document-builders';
import { emptyDocument } from './empty-document';
import { validateDocument } from './validate-document';

function nested(depth: number): JSONContent {
  let node: JSONContent = paragraph('tief');
  for (let level = 0; level < depth; level++) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

describe('validateDocument', () => {
  it('accepts a document that uses every node and mark', () => {
    const result = validateDocument(richDocument());

    expect(result).toMatchObject({ ok: true });
  });

  it('returns the document with every attribute filled in', () => {
    const result = validateDocument(doc({ type: 'callout', content: [paragraph('x')] }));

    expect(result.ok && result.doc.content?.[0]?.attrs).toEqual({ variant: 'info' });
  });

  it('accepts the empty document', () => {
    expect(validateDocument(emptyDocument())).toEqual({ ok: true, doc: emptyDocument() });
  });

  it.each<[string, unknown, string, string | undefined]>([
    ['null', null, 'Document must be a JSON object', undefined],
    ['an array', [], 'Document must be a JSON object', undefined],
    ['a string', '{"type":"doc"}', 'Document must be a JSON object', undefined],
    ['a wrong root type', { type: 'paragraph' }, 'Root node must be of type "doc"', 'type'],
    ['an unknown node type', doc({ type: 'script' }), 'Unknown node type "script"', 'content[0].type'],
    [
      'an unknown mark type',
      doc(paragraph(text('x', { type: 'blink' }))),
      'Unknown mark type "blink"',
      'content[0].content[0].marks[0].type',
    ],
    [
      'a heading level out of range',
      doc(heading(5, 'x')),
      'Attribute "level" of node "heading" must be one of 1, 2, 3, 4',
      'content[0].attrs.level',
    ],
    [
      'an unknown callout variant',
      doc({ type: 'callout', attrs: { variant: 'danger' }, content: [paragraph('x')] }),
      'Attribute "variant" of node "callout" must be one of "info", "warning", "success", "note"',
      'content[0].attrs.variant',
    ],
    [
      'an unknown attribute',
      doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' } }),
      'Unknown attribute "onclick" on node "paragraph"',
      'content[0].attrs',
    ],
    [
      'a non-boolean task state',
      doc({ type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: 'yes' }, content: [paragraph('x')] }] }),
      'Attribute "checked" of node "taskItem" must be a boolean',
      'content[0].content[0].attrs.checked',
    ],
    [
      'a javascript: link',
      doc(paragraph(text('x', link('javascript:alert(1)')))),
      'Attribute "href" of mark "link" must be an http(s), mailto, tel or relative URL',
      'content[0].content[0].marks[0].attrs.href',
    ],
    [
      'an obfuscated javascript: link',
      doc(paragraph(text('x', link(' jav\tascript:alert(1)')))),
      'Attribute "href" of mark "link" must be an http(s), mailto, tel or relative URL',
      'content[0].content[0].marks[0].attrs.href',
    ],
    [
      'a link without href',
      doc(paragraph(text('x', { type: 'link' }))),
      'Attribute "href" of mark "link" must be an http(s), mailto, tel or relative URL',
      'content[0].content[0].marks[0].attrs.href',
    ],
    [
      'a data: image',
      doc({ type: 'image', attrs: { src: 'data:image/png;base64,AAAA' } }),
      'Attribute "src" of node "image" must be an http(s) or relative URL',
      'content[0].attrs.src',
    ],
    [
      'an empty text node',
      doc(paragraph({ type: 'text', text: '' })),
      'Text node must have a non-empty string "text"',
      'content[0].content[0].text',
    ],
    [
      'an unknown property',
      doc({ type: 'paragraph', html: '<b>x</b>' }),
      'Unknown property "html" on node "paragraph"',
      'content[0]',
    ],
    [
      'content that is not an array',
      doc({ type: 'paragraph', content: 'x' } as unknown as JSONContent),
      'Content must be an array',
      'content[0].content',
    ],
  ])('rejects %s', (_case, input, error, path) => {
    const result = validateDocument(input);

    expect(result).toEqual(path === undefined ? { ok: false, error } : { ok: false, error, path });
  });

  it('rejects content the schema does not allow', () => {
    expect(validateDocument(doc(text('loose text')))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid document structure: Invalid content for node doc/),
    });
    expect(validateDocument(doc({ type: 'bulletList', content: [paragraph('x')] }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid document structure/),
    });
  });

  it('rejects marks a node does not allow', () => {
    const result = validateDocument(doc({ type: 'codeBlock', content: [text('x', { type: 'bold' })] }));

    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid document structure/) });
  });

  it('rejects documents nested too deeply', () => {
    // nested(n) puts its text node at depth n + 2
    expect(validateDocument(nested(4), { maxDepth: 6 })).toMatchObject({ ok: true });
    expect(validateDocument(nested(5), { maxDepth: 6 })).toEqual({
      ok: false,
      error: 'Document is nested deeper than 6 levels',
      path: 'content[0].content[0].content[0].content[0].content[0].content[0].content[0]',
    });
    expect(validateDocument(nested(100))).toMatchObject({
      ok: false,
      error: 'Document is nested deeper than 40 levels',
    });
  });

  it('rejects documents with too many nodes', () => {
    const paragraphs = Array.from({ length: 10 }, () => paragraph('x'));

    expect(validateDocument(doc(...paragraphs), { maxNodes: 21 })).toMatchObject({ ok: true });
    expect(validateDocument(doc(...paragraphs), { maxNodes: 20 })).toMatchObject({
      ok: false,
      error: 'Document has more than 20 nodes',
    });
  });

  it('accepts relative, mailto and tel links', () => {
    for (const href of ['/artikel/a', '#abschnitt', '../b', 'mailto:a@b.de', 'tel:+4930', 'HTTPS://X.DE']) {
      expect(validateDocument(doc(paragraph(text('x', link(href)))))).toMatchObject({ ok: true });
    }
  });
});
