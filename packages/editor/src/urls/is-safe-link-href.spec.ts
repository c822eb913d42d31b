import { describe, expect, it } from 'vitest';
import { isSafeImageSrc } from './is-safe-image-src';
import { isSafeLinkHref } from './is-safe-link-href';

describe('isSafeLinkHref', () => {
  it.each([
    'https://a.de',
    'http://a.de',
    'mailto:a@b.de',
    'tel:+49301',
    '/artikel',
    '#teil',
    '?q=1',
    'seite',
    '//cdn.de/x',
  ])('accepts %j', (href) => {
    expect(isSafeLinkHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '',
    '   ',
    'https://a.de/' + 'x'.repeat(2048),
    42,
    null,
  ])('rejects %j', (href) => {
    expect(isSafeLinkHref(href)).toBe(false);
  });
});

describe('isSafeImageSrc', () => {
  it('accepts http(s) and relative URLs only', () => {
    expect(isSafeImageSrc('https://a.de/b.png')).toBe(true);
    expect(isSafeImageSrc('/uploads/b.png')).toBe(true);
    expect(isSafeImageSrc('data:image/png;base64,AAAA')).toBe(false);
    expect(isSafeImageSrc('mailto:a@b.de')).toBe(false);
    expect(isSafeImageSrc('javascript:alert(1)')).toBe(false);
  });
});
