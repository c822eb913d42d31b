import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { DocumentMigration } from './document-migrations';
import { EDITOR_SCHEMA_VERSION } from './editor-schema-version';
import { migrateDocument } from './migrate-document';

const original: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

const appendMarker =
  (marker: string): ((doc: JSONContent) => JSONContent) =>
  (doc) => ({
    ...doc,
    content: [...(doc.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: marker }] }],
  });

const migrations: DocumentMigration[] = [
  { version: 3, up: appendMarker('to v3') },
  { version: 2, up: appendMarker('to v2') },
];

const markers = (doc: JSONContent) => (doc.content ?? []).slice(1).map((node) => node.content?.[0]?.text);

describe('migrateDocument', () => {
  it('returns current documents as they are', () => {
    expect(migrateDocument(original, EDITOR_SCHEMA_VERSION)).toBe(original);
  });

  it('runs every step after the stored version, in version order', () => {
    expect(markers(migrateDocument(original, 1, migrations, 3))).toEqual(['to v2', 'to v3']);
    expect(markers(migrateDocument(original, 2, migrations, 3))).toEqual(['to v3']);
  });

  it('does not change its input', () => {
    migrateDocument(original, 1, migrations, 3);

    expect(original.content).toHaveLength(1);
  });

  it('rejects versions it cannot handle', () => {
    expect(() => migrateDocument(original, EDITOR_SCHEMA_VERSION + 1)).toThrow(RangeError);
    expect(() => migrateDocument(original, 0)).toThrow(RangeError);
    expect(() => migrateDocument(original, 1.5)).toThrow(RangeError);
    expect(() => migrateDocument(original, 1, [], 2)).toThrow('Missing document migration to schema version 2');
  });
});
