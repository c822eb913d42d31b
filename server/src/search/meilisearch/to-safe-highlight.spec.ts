import { describe, expect, it } from 'vitest';
import { toSafeHighlight } from './to-safe-highlight';

describe('toSafeHighlight', () => {
  it('escapes the text and keeps only the exact markers as <mark>', () => {
    expect(toSafeHighlight('<script>alert("x")</script> <mark>Kurs</mark> & \'Träger\'', '<mark>', '</mark>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Kurs</mark> &amp; &#39;Träger&#39;',
    );
  });

  it('escapes tags that only look like markers', () => {
    expect(toSafeHighlight('<mark class="x">a</mark > <MARK>b</MARK>', '<mark>', '</mark>')).toBe(
      '&lt;mark class=&quot;x&quot;&gt;a&lt;/mark &gt; &lt;MARK&gt;b&lt;/MARK&gt;',
    );
  });

  it('escapes markup inside a match', () => {
    expect(toSafeHighlight('<mark><b>fett</b></mark>', '<mark>', '</mark>')).toBe(
      '<mark>&lt;b&gt;fett&lt;/b&gt;</mark>',
    );
  });

  it('balances stray markers so no tag stays open or closes twice', () => {
    expect(toSafeHighlight('a</mark> <mark>b<mark>c</mark></mark> <mark>d', '<mark>', '</mark>')).toBe(
      'a <mark>bc</mark> <mark>d</mark>',
    );
  });

  it('works with other markers and always emits <mark>', () => {
    expect(toSafeHighlight('x [[hit]] <y>', '[[', ']]')).toBe('x <mark>hit</mark> &lt;y&gt;');
  });

  it('returns escaped text unchanged when nothing matched', () => {
    expect(toSafeHighlight('Tom & Jerry', '<mark>', '</mark>')).toBe('Tom &amp; Jerry');
    expect(toSafeHighlight('', '<mark>', '</mark>')).toBe('');
  });

  it('rejects empty or equal markers', () => {
    expect(() => toSafeHighlight('a', '', '</mark>')).toThrow();
    expect(() => toSafeHighlight('a', '|', '|')).toThrow();
  });
});
