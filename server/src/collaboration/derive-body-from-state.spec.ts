import { documentToYDoc } from '@wissensnetz/editor';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveBodyFromState } from './derive-body-from-state';

const stateOf = (document: Y.Doc) => Y.encodeStateAsUpdate(document);

describe('deriveBodyFromState', () => {
  it('derives the validated JSON, HTML and plain text of a Yjs state', () => {
    const document = documentToYDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sprachkurse' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Anmeldung beim Träger.' }] },
      ],
    });
    const derived = deriveBodyFromState(stateOf(document));
    expect(derived.valid).toBe(true);
    if (!derived.valid) return;
    expect(derived.body.body.content?.map((node) => node.type)).toEqual(['heading', 'paragraph']);
    expect(derived.body.bodyHtml).toContain('Sprachkurse</h2>');
    expect(derived.body.bodyHtml).toContain('<p>Anmeldung beim Träger.</p>');
    expect(derived.body.bodyText).toContain('Anmeldung beim Träger.');
  });

  it('reports content written straight into Yjs that the schema refuses, instead of throwing', () => {
    const document = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText()]);
    document.getXmlFragment('default').insert(0, [paragraph]);
    (paragraph.get(0) as Y.XmlText).insert(0, 'Klick', { link: { href: 'javascript:alert(1)' } });
    const derived = deriveBodyFromState(stateOf(document));
    expect(derived).toMatchObject({ valid: false, reason: expect.stringContaining('not a valid document') });
  });

  it('throws on bytes that are no Yjs update at all', () => {
    expect(() => deriveBodyFromState(new Uint8Array([255, 255, 255, 255, 1, 2, 3]))).toThrow();
  });
});
