import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../create-editor-extensions';
import { markAttributeRules, nodeAttributeRules } from '../validation/attribute-rules';
import { describeSchema } from './describe-schema';
import { editorSchema } from './editor-schema';

describe('editorSchema', () => {
  it('has exactly the nodes and marks that stored documents may use', () => {
    expect(Object.keys(editorSchema.nodes).sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'callout',
        'codeBlock',
        'contactCard',
        'doc',
        'hardBreak',
        'heading',
        'horizontalRule',
        'image',
        'listItem',
        'orderedList',
        'paragraph',
        'processStep',
        'processSteps',
        'table',
        'tableCell',
        'tableHeader',
        'tableRow',
        'taskItem',
        'taskList',
        'text',
      ].sort(),
    );
    expect(Object.keys(editorSchema.marks).sort()).toEqual(['bold', 'code', 'italic', 'link', 'strike', 'underline']);
  });

  it('keeps images to src, alt and title and callouts to a variant', () => {
    const { nodes } = describeSchema(editorSchema);

    expect(nodes.image).toEqual({ attrs: ['alt', 'src', 'title'], content: null, group: 'block' });
    expect(nodes.callout).toEqual({ attrs: ['variant'], content: 'block+', group: 'block' });
    expect(nodes.heading?.attrs).toEqual(['level']);
    expect(editorSchema.nodes.image?.isInline).toBe(false);
  });

  it('does not change with editor-only options', () => {
    const withOptions = getSchema(createEditorExtensions({ undoRedo: false, placeholder: 'Schreiben …' }));

    expect(describeSchema(withOptions)).toEqual(describeSchema(editorSchema));
  });

  it('has a validation rule for every attribute', () => {
    const { nodes, marks } = describeSchema(editorSchema);
    const withoutRule = (
      types: Record<string, { attrs: string[] }>,
      rules: Record<string, Record<string, unknown>>,
    ): string[] =>
      Object.entries(types).flatMap(([type, { attrs }]) =>
        attrs.filter((name) => !rules[type]?.[name]).map((name) => `${type}.${name}`),
      );

    expect(withoutRule(nodes, nodeAttributeRules)).toEqual([]);
    expect(withoutRule(marks, markAttributeRules)).toEqual([]);
  });
});
