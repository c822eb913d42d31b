import { describe, expect, it } from 'vitest';
import { extractHeadings } from '../headings/extract-headings';
import { doc, heading, link, paragraph, richDocument, table, text } from '../testing/document-builders';
import { renderDocumentHtml } from './render-document-html';

describe('renderDocumentHtml', () => {
  it('runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(renderDocumentHtml(doc(paragraph('Hallo')))).toBe('<p>Hallo</p>');
  });

  it('escapes text', () => {
    const html = renderDocumentHtml(doc(paragraph('<script>alert("x")</script> & <img src=x onerror=alert(1)>')));

    expect(html).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('escapes attribute values', () => {
    const html = renderDocumentHtml(
      doc(
        { type: 'image', attrs: { src: '/a.png" onerror="alert(1)', alt: '"><script>', title: null } },
        paragraph(text('x', { type: 'link', attrs: { href: 'https://a.de/?q="><b>', title: "it's" } })),
      ),
    );

    expect(html).toContain(
      '<img src="/a.png&quot; onerror=&quot;alert(1)" alt="&quot;&gt;&lt;script&gt;" loading="lazy">',
    );
    expect(html).toContain('href="https://a.de/?q=&quot;&gt;&lt;b&gt;"');
    expect(html).toContain('title="it&#39;s"');
    expect(html).not.toContain('<script>');
  });

  it('refuses documents with unsafe URLs instead of rendering them', () => {
    expect(() => renderDocumentHtml(doc(paragraph(text('x', link('javascript:alert(1)')))))).toThrow(
      /^Cannot render an invalid document: Attribute "href"/,
    );
    expect(() => renderDocumentHtml(doc({ type: 'image', attrs: { src: 'data:text/html,<script>' } }))).toThrow(
      /invalid document/,
    );
  });

  it('adds rel="noopener noreferrer nofollow" to every link', () => {
    const html = renderDocumentHtml(doc(paragraph(text('BAMF', link('https://www.bamf.de/')))));

    expect(html).toBe(
      '<p><a href="https://www.bamf.de/" target="_blank" rel="noopener noreferrer nofollow">BAMF</a></p>',
    );
  });

  it('opens a mark once for neighbouring text with the same mark', () => {
    const html = renderDocumentHtml(
      doc(paragraph(text('fett ', { type: 'bold' }), text('und kursiv', { type: 'bold' }, { type: 'italic' }))),
    );

    expect(html).toBe('<p><strong>fett <em>und kursiv</em></strong></p>');
  });

  it('gives headings the anchors of extractHeadings', () => {
    const input = doc(heading(2, 'Über uns'), heading(3, 'Über uns'), heading(2, '???'));
    const anchors = extractHeadings(input).map((entry) => entry.anchor);

    expect(renderDocumentHtml(input)).toBe(
      `<h2 id="${anchors[0]}">Über uns</h2><h3 id="${anchors[1]}">Über uns</h3><h2 id="${anchors[2]}">???</h2>`,
    );
    expect(anchors).toEqual(['ueber-uns', 'ueber-uns-2', 'abschnitt']);
  });

  it('renders tables with a header row for screen readers', () => {
    expect(renderDocumentHtml(doc(table(['Kurs', 'Stunden'], ['B1', '400'])))).toBe(
      '<table><thead><tr><th scope="col"><p>Kurs</p></th><th scope="col"><p>Stunden</p></th></tr></thead>' +
        '<tbody><tr><td><p>B1</p></td><td><p>400</p></td></tr></tbody></table>',
    );
  });

  it('renders callouts, task lists and code blocks', () => {
    const html = renderDocumentHtml(richDocument());

    expect(html).toContain(
      '<aside class="callout callout--warning" data-callout="warning" role="note"><p>Fristen beachten!</p></aside>',
    );
    expect(html).toContain(
      '<li data-type="taskItem" data-checked="true"><label><input type="checkbox" checked="checked" disabled="disabled">',
    );
    expect(html).toContain('<pre><code class="language-json">{&quot;a&quot;: 1}</code></pre>');
    expect(html).toContain('<img src="https://example.org/kurs.png" alt="Kursraum" title="Foto" loading="lazy">');
    expect(html).toContain('<br>');
    expect(html).toContain('<hr>');
  });
});
