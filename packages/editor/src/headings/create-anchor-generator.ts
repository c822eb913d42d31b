import { slugify } from './slugify';

/** Anchor for a heading without letters or digits. */
const FALLBACK_ANCHOR = 'abschnitt';

/**
 * Returns a function that turns heading texts into anchors unique within one
 * document: repeats get `-2`, `-3`, … in document order.
 */
export function createAnchorGenerator(): (text: string) => string {
  const used = new Set<string>();

  return (text) => {
    const base = slugify(text) || FALLBACK_ANCHOR;
    let anchor = base;
    for (let suffix = 2; used.has(anchor); suffix++) anchor = `${base}-${suffix}`;
    used.add(anchor);
    return anchor;
  };
}
