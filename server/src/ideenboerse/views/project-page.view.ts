import { ProjectArticleLinkKind } from '../../projects/project-article-link-kind';
import type { PublicLinkedArticle, PublicProjectDetail } from '../../projects/public-project.types';
import { html, trustedHtml, type SafeHtml } from '../html';
import type { IdeenboerseUrls } from '../ideenboerse-urls';
import type { PublicContactCard } from '../public-contact-cards.service';
import { fillContactCards } from './contact-card.view';
import { formatDate } from './format-date';
import { pageLayout } from './page-layout.view';
import { projectFacts } from './project-facts.view';
import { textParagraphs } from './text-paragraphs';

const ARTICLE_GROUPS: Record<ProjectArticleLinkKind, string> = {
  [ProjectArticleLinkKind.OUTCOME]: 'Ergebnisse des Projekts',
  [ProjectArticleLinkKind.REFERENCE]: 'Grundlagen, auf die das Projekt aufbaut',
};

/** The body's headings one level down, so that they nest under "Projektbeschreibung" (h2). */
function demoteHeadings(bodyHtml: string): string {
  return bodyHtml.replace(
    /<(\/?)h([1-5])(?=[\s>])/g,
    (_match, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
  );
}

function textSection(id: string, heading: string, text: string): SafeHtml {
  if (!text.trim()) return html``;
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
${textParagraphs(text)}
</section>`;
}

function linkedArticles(urls: IdeenboerseUrls, articles: PublicLinkedArticle[]): SafeHtml {
  if (articles.length === 0) return html``;
  const groups = (Object.keys(ARTICLE_GROUPS) as ProjectArticleLinkKind[])
    .map((kind) => ({ kind, articles: articles.filter((article) => article.kind === kind) }))
    .filter((group) => group.articles.length > 0);
  return html`<section aria-labelledby="artikel">
<h2 id="artikel">Artikel im Wissensnetz</h2>
${groups.map(
  (group) => html`<h3>${ARTICLE_GROUPS[group.kind]}</h3>
<ul class="links">
${group.articles.map(
  (article) =>
    html`<li><a href="${urls.article(article.slug)}">${article.title}</a>${
      article.summary && html`<p>${article.summary}</p>`
    }</li>`,
)}
</ul>`,
)}
</section>`;
}

/**
 * One published project. Only fields of PublicProjectDetail and PublicContactCard exist here, so
 * nothing internal can be shown. `cards` are the PUBLIC entries of the body's contact cards.
 */
export function projectPage(
  urls: IdeenboerseUrls,
  project: PublicProjectDetail,
  cards: ReadonlyMap<string, PublicContactCard>,
): string {
  const extra: [string, string][] = [];
  if (project.completedAt) extra.push(['Abgeschlossen', formatDate(project.completedAt)]);
  extra.push(['Veröffentlicht', formatDate(project.publishedAt)]);
  const main = html`<nav class="breadcrumbs" aria-label="Brotkrümelpfad">
<ol><li><a href="${urls.list()}">Ideenbörse</a></li><li><a href="${urls.project(project.slug)}" aria-current="page">${project.title}</a></li></ol>
</nav>
<article class="project">
<h1>${project.title}</h1>
${projectFacts(project, extra)}
${textSection('ausgangslage', 'Ausgangslage', project.problemStatement)}
${textSection('ziele', 'Ziele', project.goals)}
${
  project.bodyHtml.trim() &&
  html`<section aria-labelledby="beschreibung">
<h2 id="beschreibung">Projektbeschreibung</h2>
<div class="body">${trustedHtml(fillContactCards(urls, demoteHeadings(project.bodyHtml), cards))}</div>
</section>`
}
${textSection('ergebnisse', 'Ergebnisse', project.outcomes)}
${textSection('erfahrungen', 'Erfahrungen und Tipps', project.lessonsLearned)}
${linkedArticles(urls, project.articles)}
${
  project.inspiredBy.length > 0 &&
  html`<section aria-labelledby="vorbilder">
<h2 id="vorbilder">Baut auf diesen Projekten auf</h2>
<ul class="links">${project.inspiredBy.map((other) => html`<li><a href="${urls.project(other.slug)}">${other.title}</a></li>`)}</ul>
</section>`
}
</article>
<p><a href="${urls.list()}">Zurück zur Übersicht aller Projekte</a></p>`;
  return pageLayout(
    urls,
    {
      title: project.title,
      description: project.teaser || `Projekt der Dienststelle ${project.agency.name} in der Ideenbörse.`,
      path: urls.project(project.slug),
      ogType: 'article',
    },
    main,
  );
}
