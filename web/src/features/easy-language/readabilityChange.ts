/** Flesch reading ease of a revision against the one before it: „62 → 71“, „–“ when not stored. */
export interface ReadabilityChange {
  /** Short visible text. */
  text: string;
  /** Whether the text got easier (higher Flesch), harder, stayed the same; null without a comparison. */
  trend: 'easier' | 'harder' | 'same' | null;
}

export function readabilityChange(
  current: number | null | undefined,
  previous: number | null | undefined,
): ReadabilityChange {
  if (current === null || current === undefined) return { text: '–', trend: null };
  const now = Math.round(current);
  if (previous === null || previous === undefined) return { text: String(now), trend: null };
  const before = Math.round(previous);
  const trend = now > before ? 'easier' : now < before ? 'harder' : 'same';
  return { text: `${before} → ${now}`, trend };
}
