import { html, type SafeHtml } from '../html';

/** Plain-text fields (problem statement, goals, …) as paragraphs: blank lines separate, single newlines break. */
export function textParagraphs(text: string): SafeHtml {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return html`${paragraphs.map((paragraph) => {
    const lines = paragraph.split('\n');
    return html`<p>${lines.map((line, index) => html`${index > 0 && html`<br>`}${line}`)}</p>`;
  })}`;
}
