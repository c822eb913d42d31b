import type { PublicProjectSummary } from '../../projects/public-project.types';
import { html } from '../html';
import type { IdeenboerseUrls } from '../ideenboerse-urls';

/** The compact list shown inside other websites' iframes; every link opens the Ideenbörse in a new tab. */
export function embedPage(urls: IdeenboerseUrls, projects: PublicProjectSummary[], problems: string[]): string {
  const link = (path: string, text: string) =>
    html`<a href="${urls.absolute(path)}" target="_blank" rel="noopener">${text}</a>`;
  return html`<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Neueste Projekte der Ideenbörse</title>
<link rel="stylesheet" href="${urls.stylesheet()}">
</head>
<body class="embed">
<main>
<h1>${link(urls.list(), 'Neueste Projekte der Ideenbörse')}</h1>
${problems.length > 0 && html`<ul class="alert">${problems.map((problem) => html`<li>${problem}</li>`)}</ul>`}
${
  projects.length === 0
    ? html`<p>Noch keine Projekte veröffentlicht.</p>`
    : html`<ul class="results">
${projects.map(
  (project) => html`<li>
<h2>${link(urls.project(project.slug), project.title)}</h2>
<p class="facts">${project.agency.name}${project.topic && html` · ${project.topic.name}`} · ${project.year}</p>
</li>`,
)}
</ul>`
}
<p>${link(urls.list(), 'Alle Projekte ansehen')}</p>
</main>
</body>
</html>
`.toString();
}
