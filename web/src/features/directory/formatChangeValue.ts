/** A history value (any JSON) as one readable line: lists joined, objects as "key: value" pairs. */
export function formatChangeValue(value: unknown, empty = '–'): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return value.map((item) => formatChangeValue(item, empty)).join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== null && item !== undefined && item !== '')
      .map(([key, item]) => `${key}: ${formatChangeValue(item, empty)}`)
      .join(', ');
  }
  return empty;
}
