import { describe, expect, it } from 'vitest';
import { articleDocumentName } from './articleDocumentName';
import { collaborationUrl } from './collaborationUrl';
import { isStoredMessage } from './isStoredMessage';

describe('collaboration plumbing', () => {
  it('recognises only the stored message', () => {
    expect(isStoredMessage('{"type":"stored"}')).toBe(true);
    expect(isStoredMessage('{"type":"other"}')).toBe(false);
    expect(isStoredMessage('stored')).toBe(false);
    expect(isStoredMessage('null')).toBe(false);
  });

  it('builds the websocket url on the same origin and the document name', () => {
    expect(collaborationUrl('https://wissen.example')).toBe('wss://wissen.example/collab');
    expect(collaborationUrl('http://localhost:5173')).toBe('ws://localhost:5173/collab');
    expect(articleDocumentName('42')).toBe('article:42');
  });
});
