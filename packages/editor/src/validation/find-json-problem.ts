import type { MarkType, NodeType } from '@tiptap/pm/model';
import { editorSchema } from '../schema/editor-schema';
import { markAttributeRules, nodeAttributeRules, type AttributeRule } from './attribute-rules';
import type { DocumentLimits } from './document-limits';
import { isPlainObject } from './is-plain-object';

export interface DocumentProblem {
  error: string;
  path?: string;
}

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const MARK_KEYS = new Set(['type', 'attrs']);

function join(path: string, key: string): string {
  return path === '' ? key : key.startsWith('[') ? `${path}${key}` : `${path}.${key}`;
}

function lookUp<T>(types: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(types, name) ? types[name] : undefined;
}

function findUnknownKey(value: Record<string, unknown>, allowed: Set<string>): string | undefined {
  return Object.keys(value).find((key) => !allowed.has(key));
}

/** Checks attrs against the schema's attribute list and our value rules; absent attrs take their default. */
function findAttributeProblem(
  kind: 'node' | 'mark',
  owner: NodeType | MarkType,
  attrs: unknown,
  rules: Record<string, AttributeRule> | undefined,
  path: string,
): DocumentProblem | undefined {
  const label = `${kind} "${owner.name}"`;
  if (attrs === undefined) attrs = {};
  if (!isPlainObject(attrs))
    return { error: `Attributes of ${label} must be a JSON object`, path: join(path, 'attrs') };

  const specs = owner.spec.attrs ?? {};
  const unknown = Object.keys(attrs).find((name) => !Object.hasOwn(specs, name));
  if (unknown !== undefined) return { error: `Unknown attribute "${unknown}" on ${label}`, path: join(path, 'attrs') };

  for (const [name, spec] of Object.entries(specs)) {
    const value: unknown = Object.hasOwn(attrs, name) ? attrs[name] : spec.default;
    const rule = rules?.[name];
    const valid = rule ? rule.test(value) : value === null || ['string', 'number', 'boolean'].includes(typeof value);
    if (!valid) {
      return {
        error: `Attribute "${name}" of ${label} must be ${rule?.expected ?? 'a string, number, boolean or null'}`,
        path: join(path, `attrs.${name}`),
      };
    }
  }
  return undefined;
}

function findMarksProblem(marks: unknown, path: string): DocumentProblem | undefined {
  if (!Array.isArray(marks)) return { error: 'Marks must be an array', path };
  if (marks.length > Object.keys(editorSchema.marks).length) return { error: 'Too many marks on one node', path };

  for (const [index, mark] of marks.entries()) {
    const markPath = join(path, `[${index}]`);
    if (!isPlainObject(mark) || typeof mark.type !== 'string') {
      return { error: 'Mark must be a JSON object with a string "type"', path: markPath };
    }
    const markType = lookUp(editorSchema.marks, mark.type);
    if (!markType) return { error: `Unknown mark type "${mark.type}"`, path: join(markPath, 'type') };
    const unknownKey = findUnknownKey(mark, MARK_KEYS);
    if (unknownKey !== undefined)
      return { error: `Unknown property "${unknownKey}" on mark "${mark.type}"`, path: markPath };
    const problem = findAttributeProblem('mark', markType, mark.attrs, markAttributeRules[mark.type], markPath);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Walks untrusted JSON before ProseMirror sees it: shape, known types, attribute
 * values and size limits. Content rules (what may contain what) are left to the schema.
 */
export function findJsonProblem(root: unknown, limits: Required<DocumentLimits>): DocumentProblem | undefined {
  let nodeCount = 0;

  const visit = (value: unknown, path: string, depth: number): DocumentProblem | undefined => {
    if (depth > limits.maxDepth) return { error: `Document is nested deeper than ${limits.maxDepth} levels`, path };
    if (++nodeCount > limits.maxNodes) return { error: `Document has more than ${limits.maxNodes} nodes`, path };
    if (!isPlainObject(value) || typeof value.type !== 'string') {
      return { error: 'Node must be a JSON object with a string "type"', path };
    }

    const nodeType = lookUp(editorSchema.nodes, value.type);
    if (!nodeType) return { error: `Unknown node type "${value.type}"`, path: join(path, 'type') };
    const unknownKey = findUnknownKey(value, NODE_KEYS);
    if (unknownKey !== undefined) return { error: `Unknown property "${unknownKey}" on node "${value.type}"`, path };

    if (nodeType.isText) {
      if (typeof value.text !== 'string' || value.text === '') {
        return { error: 'Text node must have a non-empty string "text"', path: join(path, 'text') };
      }
      if (value.content !== undefined) return { error: 'Text node must not have content', path };
    } else if (value.text !== undefined) {
      return { error: `Node "${value.type}" must not have "text"`, path };
    }

    const attrsProblem = findAttributeProblem('node', nodeType, value.attrs, nodeAttributeRules[value.type], path);
    if (attrsProblem) return attrsProblem;
    if (value.marks !== undefined) {
      const marksProblem = findMarksProblem(value.marks, join(path, 'marks'));
      if (marksProblem) return marksProblem;
    }

    if (value.content === undefined) return undefined;
    if (!Array.isArray(value.content)) return { error: 'Content must be an array', path: join(path, 'content') };
    for (const [index, child] of value.content.entries()) {
      const problem = visit(child, join(path, `content[${index}]`), depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };

  return visit(root, '', 0);
}
