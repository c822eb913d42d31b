import type { JSONContent } from '@tiptap/core';
import { diffArrays, diffWords } from 'diff';
import { flattenBlocks, type FlatBlock, type FlattenOptions } from './flatten-blocks';

/** How blocks read in the diff; see FlattenOptions. */
export type DiffOptions = FlattenOptions;

export type SegmentChange = 'ADDED' | 'REMOVED' | 'UNCHANGED';
export type BlockChange = SegmentChange | 'CHANGED';

export interface DiffSegment {
  change: SegmentChange;
  text: string;
}

export interface DiffBlock {
  change: BlockChange;
  /** Node type of the block: 'paragraph', 'heading', 'listItem', 'taskItem', 'tableRow', 'codeBlock', … */
  kind: string;
  segments: DiffSegment[];
}

function wholeBlock(change: SegmentChange, block: FlatBlock): DiffBlock {
  return { change, kind: block.kind, segments: [{ change, text: block.text }] };
}

function wordSegments(before: string, after: string): DiffSegment[] {
  return diffWords(before, after).map((part) => ({
    change: part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'UNCHANGED',
    text: part.value,
  }));
}

/** A removed and an added block are shown as one change when they have the same kind and share a word. */
function pairSegments(removed: FlatBlock, added: FlatBlock): DiffSegment[] | undefined {
  if (removed.kind !== added.kind) return undefined;
  const segments = wordSegments(removed.text, added.text);
  const sharesWord = segments.some((segment) => segment.change === 'UNCHANGED' && segment.text.trim() !== '');
  const bothEmpty = removed.text.trim() === '' && added.text.trim() === '';
  return sharesWord || bothEmpty ? segments : undefined;
}

/** Turns one run of removed blocks followed by added blocks into CHANGED pairs where possible, keeping order. */
function pairRun(removed: FlatBlock[], added: FlatBlock[]): DiffBlock[] {
  const result: DiffBlock[] = [];
  let nextAdded = 0;

  for (const oldBlock of removed) {
    let match: { index: number; segments: DiffSegment[] } | undefined;
    for (let index = nextAdded; index < added.length && !match; index++) {
      const segments = pairSegments(oldBlock, added[index]);
      if (segments) match = { index, segments };
    }
    if (!match) {
      result.push(wholeBlock('REMOVED', oldBlock));
      continue;
    }
    for (const newBlock of added.slice(nextAdded, match.index)) result.push(wholeBlock('ADDED', newBlock));
    result.push({ change: 'CHANGED', kind: oldBlock.kind, segments: match.segments });
    nextAdded = match.index + 1;
  }

  for (const newBlock of added.slice(nextAdded)) result.push(wholeBlock('ADDED', newBlock));
  return result;
}

/**
 * A readable block-by-block diff of two documents: blocks are aligned by an
 * array diff; neighbouring removed and added blocks of the same kind become
 * CHANGED with a word-level diff. Only text is compared (plus heading level,
 * code language, task state, image URL and contact card entry), not marks.
 */
export function diffDocuments(a: JSONContent, b: JSONContent, options: DiffOptions = {}): DiffBlock[] {
  const changes = diffArrays(flattenBlocks(a, options), flattenBlocks(b, options), {
    comparator: (left, right) => left.key === right.key,
  });

  const result: DiffBlock[] = [];
  let removed: FlatBlock[] = [];
  let added: FlatBlock[] = [];
  const flushRun = () => {
    result.push(...pairRun(removed, added));
    removed = [];
    added = [];
  };

  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flushRun();
      result.push(...change.value.map((block) => wholeBlock('UNCHANGED', block)));
    }
  }
  flushRun();
  return result;
}
