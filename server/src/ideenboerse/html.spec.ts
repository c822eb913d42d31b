import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml, trustedHtml } from './html';

describe('html', () => {
  it('escapes every interpolated string, in content and in attributes', () => {
    const title = `<script>alert("x")</script> & 'quotes'`;
    const out = html`<a title="${title}">${title}</a>`.toString();
    expect(out).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</a>',
    );
    expect(out).not.toContain('<script>');
  });

  it('inserts nested templates and trusted markup unescaped, but nothing else', () => {
    const item = (name: string) => html`<li>${name}</li>`;
    const out = html`<ul>${['a<b', 'c'].map(item)}</ul>${trustedHtml('<p>Körper</p>')}`.toString();
    expect(out).toBe('<ul><li>a&lt;b</li><li>c</li></ul><p>Körper</p>');
  });

  it('renders numbers, and nothing for null, undefined and false', () => {
    expect(html`${2021}|${null}|${undefined}|${false}|${true}`.toString()).toBe('2021||||true');
  });

  it('does not trust look-alikes of SafeHtml', () => {
    const fake = { value: '<b>x</b>', toString: () => '<b>x</b>' } as unknown as string;
    expect(html`${fake}`.toString()).toBe('&lt;b&gt;x&lt;/b&gt;');
    expect(html`${new SafeHtml('<b>x</b>')}`.toString()).toBe('<b>x</b>');
  });

  it('drops control characters that XML forbids', () => {
    expect(escapeHtml('a\u0000b\u0008c\u000Bd\te\nf')).toBe('abcd\te\nf');
  });
});
