import type { Schema } from '@tiptap/pm/model';

export interface SchemaDescription {
  nodes: Record<string, { attrs: string[]; content: string | null; group: string | null }>;
  marks: Record<string, { attrs: string[] }>;
}

function attributeNames(spec: { attrs?: Record<string, unknown> | null }): string[] {
  return Object.keys(spec.attrs ?? {}).sort();
}

/**
 * A plain, comparable summary of a schema: node and mark names with their
 * attribute names and content rules. Lets the web app assert that its editor
 * (with Vue node views) stores exactly what `editorSchema` accepts:
 * `expect(describeSchema(editor.schema)).toEqual(describeSchema(editorSchema))`.
 */
export function describeSchema(schema: Schema): SchemaDescription {
  const nodes: SchemaDescription['nodes'] = {};
  for (const type of Object.values(schema.nodes)) {
    nodes[type.name] = {
      attrs: attributeNames(type.spec),
      content: type.spec.content ?? null,
      group: type.spec.group ?? null,
    };
  }
  const marks: SchemaDescription['marks'] = {};
  for (const type of Object.values(schema.marks)) marks[type.name] = { attrs: attributeNames(type.spec) };
  return { nodes, marks };
}
