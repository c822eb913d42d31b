import type { PublicProjectFacets, PublicProjectList } from '../../projects/public-project.types';
import { html, type SafeHtml } from '../html';
import { MAX_SEARCH_LENGTH, PAGE_SIZE, type ListQuery } from '../ideenboerse-query';
import type { IdeenboerseUrls } from '../ideenboerse-urls';
import { pageLayout } from './page-layout.view';
import { projectFacts } from './project-facts.view';

const DESCRIPTION =
  'Abgeschlossene Projekte der interkulturellen Öffnung aus Jobcentern und Arbeitsagenturen: ' +
  'Ausgangslage, Ziele, Ergebnisse und Erfahrungen zum Nachmachen.';

interface Option {
  value: string;
  label: string;
}

function select(id: string, name: string, label: string, all: string, options: Option[], selected?: string): SafeHtml {
  return html`<div class="field">
<label for="${id}">${label}</label>
<select id="${id}" name="${name}">
<option value="">${all}</option>
${options.map(
  (option) =>
    html`<option value="${option.value}"${option.value === selected && html` selected`}>${option.label}</option>`,
)}
</select>
</div>`;
}

function filterForm(urls: IdeenboerseUrls, query: ListQuery, facets: PublicProjectFacets): SafeHtml {
  return html`<form class="filters" method="get" action="${urls.list()}" role="search" aria-label="Projekte filtern">
<div class="field field-q">
<label for="filter-q">Suchbegriff</label>
<input id="filter-q" type="search" name="q" value="${query.q ?? ''}" maxlength="${MAX_SEARCH_LENGTH}">
</div>
${select(
  'filter-topic',
  'topic',
  'Thema',
  'Alle Themen',
  facets.topics.map((topic) => ({ value: topic.slug, label: topic.name })),
  query.topic,
)}
${select(
  'filter-agency',
  'agency',
  'Dienststelle',
  'Alle Dienststellen',
  facets.agencies.map((agency) => ({ value: agency.id, label: agency.name })),
  query.agency,
)}
${select(
  'filter-programme',
  'programme',
  'Programm',
  'Alle Programme',
  facets.programmes.map((programme) => ({ value: programme.id, label: programme.name })),
  query.programme,
)}
${select(
  'filter-year',
  'year',
  'Jahr',
  'Alle Jahre',
  facets.years.map((year) => ({ value: String(year), label: String(year) })),
  query.year === undefined ? undefined : String(query.year),
)}
<div class="actions">
<button type="submit">Projekte anzeigen</button>
<a href="${urls.list()}">Filter zurücksetzen</a>
</div>
</form>`;
}

/** Page numbers around the current one, with the first and the last. */
function pageNumbers(current: number, last: number): (number | null)[] {
  const numbers: (number | null)[] = [];
  for (let page = 1; page <= last; page += 1) {
    if (page === 1 || page === last || Math.abs(page - current) <= 2) numbers.push(page);
    else if (numbers[numbers.length - 1] !== null) numbers.push(null);
  }
  return numbers;
}

function pagination(urls: IdeenboerseUrls, query: ListQuery, totalCount: number): SafeHtml {
  const last = Math.max(1, Math.ceil(totalCount / PAGE_SIZE));
  if (last === 1 && query.page === 1) return html``;
  const link = (page: number) => urls.list({ ...query, page });
  return html`<nav class="pagination" aria-label="Seiten der Ergebnisliste">
<ul>
${query.page > 1 && html`<li><a href="${link(Math.min(query.page - 1, last))}" rel="prev">Vorherige Seite</a></li>`}
${pageNumbers(query.page, last).map((page) =>
  page === null
    ? html`<li><span aria-hidden="true">…</span></li>`
    : page === query.page
      ? html`<li><a href="${link(page)}" aria-current="page" aria-label="Seite ${page}">${page}</a></li>`
      : html`<li><a href="${link(page)}" aria-label="Seite ${page}">${page}</a></li>`,
)}
${query.page < last && html`<li><a href="${link(query.page + 1)}" rel="next">Nächste Seite</a></li>`}
</ul>
</nav>`;
}

function results(urls: IdeenboerseUrls, query: ListQuery, list: PublicProjectList): SafeHtml {
  const filtered = Boolean(query.q || query.topic || query.agency || query.programme || query.year);
  if (list.items.length === 0) {
    return html`<h2 id="ergebnisse">Keine Projekte gefunden</h2>
<p>${
      filtered
        ? html`Zu dieser Suche gibt es keine veröffentlichten Projekte. <a href="${urls.list()}">Alle Projekte anzeigen</a>`
        : query.page > 1
          ? html`Diese Seite gibt es nicht. <a href="${urls.list()}">Zur ersten Seite</a>`
          : 'Es sind noch keine Projekte veröffentlicht.'
    }</p>`;
  }
  const first = (query.page - 1) * PAGE_SIZE + 1;
  const heading =
    list.totalCount === 1
      ? '1 Projekt'
      : `${list.totalCount} Projekte${list.totalCount > PAGE_SIZE ? ` (${first}–${first + list.items.length - 1})` : ''}`;
  return html`<h2 id="ergebnisse">${heading}</h2>
<ol class="results" start="${first}">
${list.items.map(
  (project) => html`<li>
<article>
<h3><a href="${urls.project(project.slug)}">${project.title}</a></h3>
${projectFacts(project)}
${project.teaser && html`<p class="teaser">${project.teaser}</p>`}
</article>
</li>`,
)}
</ol>
${pagination(urls, query, list.totalCount)}`;
}

function problemsAlert(problems: string[]): SafeHtml {
  return html`<div class="alert" role="alert">
<h2>Die Suche konnte nicht ausgeführt werden</h2>
<ul>${problems.map((problem) => html`<li>${problem}</li>`)}</ul>
<p>Bitte korrigieren Sie die Angaben oder <a href="/ideenboerse">zeigen Sie alle Projekte an</a>.</p>
</div>`;
}

/** The list with its filter form; `list` is null when the query was invalid (`query.problems`). */
export function projectListPage(
  urls: IdeenboerseUrls,
  query: ListQuery,
  facets: PublicProjectFacets,
  list: PublicProjectList | null,
): string {
  const title = query.page > 1 ? `Ideenbörse – Seite ${query.page}` : 'Ideenbörse: Projekte zum Nachmachen';
  const main = html`<h1>Ideenbörse</h1>
<p class="lead">Abgeschlossene Projekte der interkulturellen Öffnung aus Jobcentern und Arbeitsagenturen – mit Ausgangslage, Zielen, Ergebnissen und Erfahrungen zum Nachmachen.</p>
${filterForm(urls, query, facets)}
${list ? results(urls, query, list) : problemsAlert(query.problems)}`;
  return pageLayout(urls, { title, description: DESCRIPTION, path: list ? urls.list(query) : undefined }, main);
}
