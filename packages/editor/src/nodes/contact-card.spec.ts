// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentToYDoc, yDocToDocument } from '../collaboration/y-doc-conversion';
import { createEditorExtensions } from '../create-editor-extensions';
import { diffDocuments } from '../diff/diff-documents';
import { renderDocumentHtml } from '../render/render-document-html';
import { doc, heading, paragraph } from '../testing/document-builders';
import { documentToPlainText } from '../text/document-to-plain-text';
import { validateDocument } from '../validation/validate-document';
import { listContactCardEntryIds } from './contact-card-references';

const ENTRY_A = '0b6f2c1e-4a57-4c3e-9d0a-5b8f6a1d2e3f';
const ENTRY_B = '7d1e9a40-2c3b-4f5e-8a6d-1c2b3a4d5e6f';

const card = (entryId: unknown): JSONContent => ({ type: 'contactCard', attrs: { entryId } });

const article: JSONContent = doc(heading(2, 'Anbieter in Esslingen'), card(ENTRY_A), paragraph('Oder hier:'), {
  type: 'callout',
  attrs: { variant: 'info' },
  content: [card(ENTRY_B)],
});

function normalized(input: JSONContent): JSONContent {
  const result = validateDocument(input);
  if (!result.ok) throw new Error(`${result.error} at ${result.path ?? ''}`);
  return result.doc;
}

describe('contact card', () => {
  let editor: Editor;

  beforeEach(() => {
    editor = new Editor({ extensions: createEditorExtensions(), content: doc(paragraph('Start')) });
  });

  afterEach(() => {
    editor.destroy();
  });

  it('stores only the entry id', () => {
    expect(normalized(doc(card(ENTRY_A))).content?.[0]).toEqual({ type: 'contactCard', attrs: { entryId: ENTRY_A } });
  });

  it.each([
    ['no entry id', null],
    ['a name instead of an id', 'Sprachschule Beispiel'],
    ['a number', 42],
    ['an id with markup', `${ENTRY_A}"><script>`],
  ])('rejects a card with %s', (_name, entryId) => {
    const result = validateDocument(doc(card(entryId)));

    expect(result).toMatchObject({ ok: false, path: 'content[0].attrs.entryId' });
    expect(result.ok || result.error).toBe(
      'Attribute "entryId" of node "contactCard" must be the UUID of a directory entry',
    );
  });

  it('rejects copied entry data as unknown attributes', () => {
    const result = validateDocument(doc({ type: 'contactCard', attrs: { entryId: ENTRY_A, phone: '0711 1234' } }));

    expect(result).toMatchObject({ ok: false, error: 'Unknown attribute "phone" on node "contactCard"' });
  });

  it('renders a placeholder with the entry id and a fixed label linking to the entry, without a DOM', () => {
    expect(renderDocumentHtml(doc(card(ENTRY_A)))).toBe(
      `<div class="contact-card" data-contact-card="" data-entry-id="${ENTRY_A}">` +
        `<p class="contact-card__fallback"><a href="/verzeichnis/${ENTRY_A}">Kontaktkarte aus dem Adressverzeichnis</a></p></div>`,
    );
  });

  it('renders the same placeholder in the editor and parses it back', () => {
    editor.commands.setContent(doc(card(ENTRY_A)));
    const html = editor.getHTML();
    expect(html).toContain(`data-contact-card="" data-entry-id="${ENTRY_A}"`);

    editor.commands.setContent(`<p>x</p>${html}<div data-contact-card data-entry-id="kein-uuid"></div>`);
    const cards = editor.getJSON().content?.filter((node) => node.type === 'contactCard');
    expect(cards?.map((node): unknown => node.attrs?.entryId)).toEqual([ENTRY_A, null]);
  });

  it('inserts a card with insertContactCard and refuses an invalid id', () => {
    const before = editor.getJSON();
    expect(editor.commands.insertContactCard({ entryId: 'not-a-uuid' })).toBe(false);
    expect(editor.getJSON()).toEqual(before);

    expect(editor.commands.insertContactCard({ entryId: ENTRY_B.toUpperCase() })).toBe(true);
    expect(listContactCardEntryIds(editor.getJSON())).toEqual([ENTRY_B]);
  });

  it('round-trips JSON → Y.Doc → stored update → JSON → HTML without loss', () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(documentToYDoc(article)));
    const back = normalized(yDocToDocument(copy));

    expect(back).toEqual(normalized(article));
    const html = renderDocumentHtml(back);
    expect(html).toContain(`data-entry-id="${ENTRY_A}"`);
    expect(html).toContain(
      `<aside class="callout callout--info" data-callout="info" role="note"><div class="contact-card"`,
    );
    expect(html).toContain(`data-entry-id="${ENTRY_B}"`);
  });

  it('adds nothing to the search text, so no stale entry data is indexed', () => {
    expect(documentToPlainText(article)).toBe('Anbieter in Esslingen\n\nOder hier:');
  });

  it('shows an exchanged card in the diff', () => {
    const [change, ...rest] = diffDocuments(doc(card(ENTRY_A)), doc(card(ENTRY_B)));

    expect(rest).toEqual([]);
    expect(change?.kind).toBe('contactCard');
    expect(change?.change).toBe('CHANGED');
    const text = (kind: string) =>
      change?.segments
        .filter((segment) => segment.change === kind)
        .map((segment) => segment.text)
        .join('');
    expect(text('REMOVED')).toContain(ENTRY_A.slice(0, 8));
    expect(text('ADDED')).toContain(ENTRY_B.slice(0, 8));
  });

  it('shows the labels the caller looks up, but compares the entry ids', () => {
    const names: Record<string, string> = {
      [ENTRY_A]: 'Sprachschule Esslingen',
      [ENTRY_B]: 'Sprachschule Plochingen',
    };
    const asked: string[] = [];
    const contactCardLabel = (entryId: string) => {
      asked.push(entryId);
      return names[entryId] ?? 'gelöschter Verzeichniseintrag';
    };

    const exchanged = diffDocuments(doc(card(ENTRY_A)), doc(card(ENTRY_B.toUpperCase())), { contactCardLabel });
    expect(exchanged).toEqual([
      {
        change: 'CHANGED',
        kind: 'contactCard',
        segments: [
          { change: 'UNCHANGED', text: 'Sprachschule ' },
          { change: 'REMOVED', text: 'Esslingen' },
          { change: 'ADDED', text: 'Plochingen' },
        ],
      },
    ]);
    expect(new Set(asked)).toEqual(new Set([ENTRY_A, ENTRY_B]));

    const same = diffDocuments(article, article, { contactCardLabel });
    expect(same.filter((block) => block.kind === 'contactCard')).toEqual([
      { change: 'UNCHANGED', kind: 'contactCard', segments: [{ change: 'UNCHANGED', text: 'Sprachschule Esslingen' }] },
      {
        change: 'UNCHANGED',
        kind: 'contactCard',
        segments: [{ change: 'UNCHANGED', text: 'Sprachschule Plochingen' }],
      },
    ]);

    // Two entries with the same label are still two different cards.
    const sameName = diffDocuments(doc(card(ENTRY_A)), doc(card(ENTRY_B)), { contactCardLabel: () => 'Gleich' });
    expect(sameName.map((block) => block.change)).not.toContain('UNCHANGED');
  });
});

describe('listContactCardEntryIds', () => {
  it('lists each referenced entry once, lower-case, in document order, also inside other blocks', () => {
    const input = doc(
      card(ENTRY_B),
      card(ENTRY_A.toUpperCase()),
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [paragraph('x')] }],
      },
      { type: 'callout', attrs: { variant: 'note' }, content: [card(ENTRY_B)] },
    );

    expect(listContactCardEntryIds(input)).toEqual([ENTRY_B, ENTRY_A]);
  });

  it('ignores invalid ids and other nodes with an entryId attribute', () => {
    expect(listContactCardEntryIds(doc(card('x'), { type: 'paragraph', attrs: { entryId: ENTRY_A } }))).toEqual([]);
    expect(listContactCardEntryIds(doc(paragraph('ohne Karten')))).toEqual([]);
  });
});
