import { getSchema } from '@tiptap/core';
import type { AttributeSpec, Schema } from '@tiptap/pm/model';
import { editorSchema } from '@wissensnetz/editor';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createWebEditorExtensions, type WebEditorCollaboration } from './createWebEditorExtensions';

interface SpecShape {
  nodes: Record<string, { attrs: Record<string, unknown>; group: string | null; content: string | null }>;
  marks: Record<string, { attrs: Record<string, unknown> }>;
}

function attributeDefaults(attrs: Record<string, AttributeSpec> | undefined) {
  return Object.fromEntries(
    Object.entries(attrs ?? {}).map(([name, attr]) => [name, 'default' in attr ? attr.default : '<required>']),
  );
}

function shape(schema: Schema): SpecShape {
  return {
    nodes: Object.fromEntries(
      Object.values(schema.nodes).map((type) => [
        type.name,
        {
          attrs: attributeDefaults(type.spec.attrs),
          group: type.spec.group ?? null,
          content: type.spec.content ?? null,
        },
      ]),
    ),
    marks: Object.fromEntries(
      Object.values(schema.marks).map((type) => [type.name, { attrs: attributeDefaults(type.spec.attrs) }]),
    ),
  };
}

describe('web editor extensions', () => {
  const webSchema = getSchema(createWebEditorExtensions({ placeholder: 'Inhalt' }));

  it('builds the same nodes and marks as the shared editor schema', () => {
    expect(Object.keys(webSchema.nodes).sort()).toEqual(Object.keys(editorSchema.nodes).sort());
    expect(Object.keys(webSchema.marks).sort()).toEqual(Object.keys(editorSchema.marks).sort());
  });

  it('gives every node and mark the same attributes, defaults and content rules', () => {
    expect(shape(webSchema)).toEqual(shape(editorSchema));
  });

  it('contains the nodes the toolbar relies on', () => {
    for (const name of ['heading', 'table', 'taskList', 'callout', 'image', 'codeBlock', 'blockquote']) {
      expect(webSchema.nodes[name], name).toBeDefined();
    }
    expect(webSchema.marks.link).toBeDefined();
  });

  it('keeps the schema when collaboration replaces the local history', () => {
    // getSchema never runs plugins, so a provider stand-in without a connection is enough.
    const collaboration = {
      document: new Y.Doc(),
      provider: {} as WebEditorCollaboration['provider'],
      user: { id: 'u1', name: 'Anna', color: '#1d4ed8' },
    };
    const extensions = createWebEditorExtensions({ placeholder: 'Inhalt', collaboration });
    expect(shape(getSchema(extensions))).toEqual(shape(editorSchema));
    const names = extensions.map((extension) => extension.name);
    expect(names).toEqual(expect.arrayContaining(['collaboration', 'collaborationCaret']));
    expect(names).not.toContain('undoRedo');
  });
});
