import { createHash } from 'node:crypto';
import type { DocNode } from './doc-builders';

/**
 * Contact cards in demo bodies. Entry ids exist only once the directory is seeded, so demo bodies
 * name the entry and carry a stable stand-in UUID derived from that name; the seeder swaps in the
 * real id before it saves the article (and fails on a name that is not a demo entry).
 */
export function demoEntryPlaceholderId(entryName: string): string {
  const hex = createHash('sha256').update(`wissensnetz-demo-entry:${entryName}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A contact card for the demo directory entry with this name. */
export function contactCard(entryName: string): DocNode {
  return { type: 'contactCard', attrs: { entryId: demoEntryPlaceholderId(entryName) } };
}

/** The names of the demo entries a body shows in contact cards. */
export function demoContactCardNames(body: DocNode, entryNames: readonly string[]): string[] {
  const byPlaceholder = new Map(entryNames.map((name) => [demoEntryPlaceholderId(name), name]));
  const names: string[] = [];
  const visit = (node: DocNode): void => {
    if (node.type === 'contactCard') {
      const entryId = String(node.attrs?.entryId);
      const name = byPlaceholder.get(entryId);
      if (name === undefined) throw new Error(`Contact card ${entryId} names no demo directory entry`);
      names.push(name);
    }
    node.content?.forEach(visit);
  };
  visit(body);
  return names;
}

/** The body with each card's stand-in id replaced by the seeded entry's id (name → id). */
export function resolveDemoContactCards(body: DocNode, entryIds: ReadonlyMap<string, string>): DocNode {
  const byPlaceholder = new Map([...entryIds].map(([name, id]) => [demoEntryPlaceholderId(name), id]));
  const resolve = (node: DocNode): DocNode => {
    if (node.type === 'contactCard') {
      const entryId = byPlaceholder.get(String(node.attrs?.entryId));
      if (entryId === undefined) throw new Error(`Contact card ${String(node.attrs?.entryId)} names no seeded entry`);
      return { ...node, attrs: { ...node.attrs, entryId } };
    }
    return node.content ? { ...node, content: node.content.map(resolve) } : node;
  };
  return resolve(body);
}
