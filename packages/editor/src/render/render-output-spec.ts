import type { DOMOutputSpec } from '@tiptap/pm/model';
import { escapeHtml } from './escape-html';

/** The HTML before and after the spec's content hole (`0`); `after` is '' for leaf nodes. */
export interface RenderedSpec {
  before: string;
  after: string;
}

const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
const HOLE = '\u0000';

function isAttributes(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `'http://www.w3.org/2000/svg svg'` → `'svg'`: namespaces do not matter in HTML text. */
function localName(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

function renderAttributes(attributes: Record<string, unknown>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${localName(name)}="${escapeHtml(String(value))}"`)
    .join('');
}

function render(spec: DOMOutputSpec): string {
  if (typeof spec === 'string') return escapeHtml(spec);
  if (!Array.isArray(spec)) throw new TypeError('Only array and string output specs can be rendered without a DOM');

  const [tagName, ...rest] = spec as readonly [string, ...unknown[]];
  const tag = localName(tagName);
  const attributes = isAttributes(rest[0]) ? renderAttributes(rest.shift() as Record<string, unknown>) : '';
  if (VOID_ELEMENTS.has(tag)) return `<${tag}${attributes}>`;

  const children = rest.map((child) => (child === 0 ? HOLE : render(child as DOMOutputSpec))).join('');
  return `<${tag}${attributes}>${children}</${tag}>`;
}

/**
 * Renders a ProseMirror output spec (`['p', { class: 'x' }, 0]`) to HTML text
 * without a DOM. Attribute values and text are escaped; null attributes are left out.
 */
export function renderOutputSpec(spec: DOMOutputSpec): RenderedSpec {
  const html = render(spec);
  const hole = html.indexOf(HOLE);
  return hole === -1 ? { before: html, after: '' } : { before: html.slice(0, hole), after: html.slice(hole + 1) };
}
