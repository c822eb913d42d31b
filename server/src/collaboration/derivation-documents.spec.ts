import { documentToYDoc } from '@wissensnetz/editor';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DerivationInput } from './body-derivation.protocol';
import { DerivationDocuments } from './derivation-documents';
import { deriveBodyFromState } from './derive-body-from-state';

/** Plays the main thread: a live document and the inputs its stores would send. */
class LiveDocument {
  readonly document = documentToYDoc({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sprachkurs' }] }],
  });
  private sentUpTo: Uint8Array | undefined;

  constructor(readonly key = 'article:1') {}

  type(text: string, at = 0): void {
    const paragraph = this.document.getXmlFragment('default').get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(at, text);
  }

  erase(at: number, length: number): void {
    const paragraph = this.document.getXmlFragment('default').get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).delete(at, length);
  }

  input(): DerivationInput {
    const state = Y.encodeStateAsUpdate(this.document);
    const stateVector = Y.encodeStateVector(this.document);
    const update = this.sentUpTo ? Y.encodeStateAsUpdate(this.document, this.sentUpTo) : undefined;
    this.sentUpTo = stateVector;
    return update ? { key: this.key, state, update, stateVector } : { key: this.key, state, stateVector };
  }
}

function textOf(documents: DerivationDocuments, input: DerivationInput): string {
  const derived = documents.derive(input);
  if (!derived.valid) throw new Error(derived.reason);
  return derived.body.bodyText;
}

describe('DerivationDocuments', () => {
  it('derives from the changes since the last store the same body as from the whole state', () => {
    const documents = new DerivationDocuments();
    const live = new LiveDocument();
    expect(textOf(documents, live.input())).toBe('Sprachkurs');
    live.type('Berufs');
    live.erase(6, 1);
    live.type(' B2', 15);
    const input = live.input();

    expect(input.update).toBeDefined();
    expect(input.update!.length).toBeLessThan(input.state.length);
    expect(documents.derive(input)).toEqual(deriveBodyFromState(input.state));
    expect(textOf(documents, input)).toBe('Berufsprachkurs B2');
    expect(documents.rebuilds).toBe(1);
  });

  it('rebuilds from the state when an input in between never arrived', () => {
    const documents = new DerivationDocuments();
    const live = new LiveDocument();
    textOf(documents, live.input());
    live.type('A ');
    live.input(); // prepared, but its store failed before deriving
    live.type('B ');

    expect(textOf(documents, live.input())).toBe('B A Sprachkurs');
    expect(documents.rebuilds).toBe(2);
  });

  it('derives exactly the older state when stores arrive out of order', () => {
    const documents = new DerivationDocuments();
    const live = new LiveDocument();
    textOf(documents, live.input());
    live.type('alt ');
    const older = live.input();
    live.type('neu ');
    const newer = live.input();

    expect(textOf(documents, newer)).toBe('neu alt Sprachkurs');
    expect(textOf(documents, older)).toBe('alt Sprachkurs');
  });

  it('rebuilds a forgotten document from its state', () => {
    const documents = new DerivationDocuments();
    const live = new LiveDocument();
    textOf(documents, live.input());
    documents.forget(live.key);
    live.type('wieder ');

    expect(documents.size).toBe(0);
    expect(textOf(documents, live.input())).toBe('wieder Sprachkurs');
    expect(documents.size).toBe(1);
  });

  it('keeps at most the configured number of documents, dropping the least recently derived', () => {
    const documents = new DerivationDocuments(2);
    const first = new LiveDocument('article:1');
    const second = new LiveDocument('article:2');
    const third = new LiveDocument('article:3');
    textOf(documents, first.input());
    textOf(documents, second.input());
    textOf(documents, first.input());
    textOf(documents, third.input());
    second.type('zwei ');

    expect(documents.size).toBe(2);
    expect(textOf(documents, second.input())).toBe('zwei Sprachkurs');
  });

  it('rebuilds from the state when an update is malformed, and throws when the state is', () => {
    const documents = new DerivationDocuments();
    const live = new LiveDocument();
    textOf(documents, live.input());
    live.type('ok ');
    const input = live.input();

    expect(textOf(documents, { ...input, update: new Uint8Array([255, 255, 255, 255, 1]) })).toBe('ok Sprachkurs');
    expect(() =>
      documents.derive({ ...input, key: 'article:2', state: new Uint8Array([255, 255, 255, 255, 1]) }),
    ).toThrow();
    expect(documents.size).toBe(1);
  });
});
