import { describe, expect, it } from 'vitest';
import { USER_COLOR_TEXT, USER_COLORS, userColor } from './userColor';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('userColor', () => {
  it('is stable for the same user id', () => {
    expect(userColor('user-1')).toBe(userColor('user-1'));
    expect(userColor('3f6c1b2e-0000-4000-8000-000000000001')).toBe(userColor('3f6c1b2e-0000-4000-8000-000000000001'));
  });

  it('always returns a palette colour and spreads ids over the palette', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => userColor(`user-${i}`)));
    for (const color of used) expect(USER_COLORS).toContain(color);
    expect(used.size).toBeGreaterThanOrEqual(8);
  });

  it('has enough contrast: caret against white ≥ 3:1, label text ≥ 4.5:1', () => {
    expect(USER_COLORS.length).toBeGreaterThanOrEqual(10);
    for (const color of USER_COLORS) {
      expect(contrast(color, '#ffffff'), color).toBeGreaterThanOrEqual(3);
      expect(contrast(color, USER_COLOR_TEXT), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
