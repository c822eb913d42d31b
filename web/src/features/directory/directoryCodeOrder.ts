/** What ordering needs of a code list value. */
export interface OrderedCode {
  code: string;
  name: string;
  position: number;
}

/** Display order, as the server sorts: position, then German name. */
export function byPosition(a: OrderedCode, b: OrderedCode): number {
  return a.position - b.position || a.name.localeCompare(b.name, 'de');
}

/**
 * The position changes that move the value at `index` one place up (-1) or down (+1).
 * Distinct positions are swapped (two writes); ties or gaps from older data are renumbered 1…n
 * so that the new order is unambiguous, writing only the values whose position changes.
 */
export function positionsAfterMove(
  values: readonly OrderedCode[],
  index: number,
  offset: -1 | 1,
): { code: string; position: number }[] {
  const ordered = [...values].sort(byPosition);
  const other = index + offset;
  const moved = ordered[index];
  const swapped = ordered[other];
  if (!moved || !swapped) return [];
  const distinct = ordered.every((value, i) => i === 0 || value.position > (ordered[i - 1]?.position ?? 0));
  if (distinct) {
    return [
      { code: moved.code, position: swapped.position },
      { code: swapped.code, position: moved.position },
    ];
  }
  ordered[index] = swapped;
  ordered[other] = moved;
  return ordered
    .map((value, i) => ({ code: value.code, position: i + 1, before: value.position }))
    .filter(({ position, before }) => position !== before)
    .map(({ code, position }) => ({ code, position }));
}
