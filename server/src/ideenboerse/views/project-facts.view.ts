import type { PublicProjectSummary } from '../../projects/public-project.types';
import { html, type SafeHtml } from '../html';

/** Agency, topic, programme and year of a project as a description list. */
export function projectFacts(project: PublicProjectSummary, extra: [string, string][] = []): SafeHtml {
  const facts: [string, string | undefined][] = [
    ['Dienststelle', project.agency.name],
    ['Thema', project.topic?.name],
    ['Programm', project.programme?.name],
    ['Jahr', String(project.year)],
    ...extra,
  ];
  return html`<dl class="facts">${facts.map(
    ([term, value]) => value && html`<div><dt>${term}:</dt><dd>${value}</dd></div>`,
  )}</dl>`;
}
