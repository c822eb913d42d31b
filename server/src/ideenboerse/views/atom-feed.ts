import type { PublicProjectSummary } from '../../projects/public-project.types';
import { html } from '../html';
import type { IdeenboerseUrls } from '../ideenboerse-urls';
import { SITE_NAME } from './page-layout.view';

/**
 * Atom 1.0 (RFC 4287) of the latest published projects. The `html` helper's escaping covers
 * XML text and attribute values too (&, <, >, quotes; forbidden control characters dropped).
 */
export function atomFeed(urls: IdeenboerseUrls, projects: PublicProjectSummary[], now: Date): string {
  const updated = projects.reduce<Date | null>(
    (latest, project) => (latest && latest > project.publishedAt ? latest : project.publishedAt),
    null,
  );
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
<id>${urls.absolute(urls.list())}</id>
<title>${SITE_NAME}</title>
<subtitle>Neu veröffentlichte Projekte der interkulturellen Öffnung</subtitle>
<link rel="self" type="application/atom+xml" href="${urls.absolute(urls.feed())}"/>
<link rel="alternate" type="text/html" href="${urls.absolute(urls.list())}"/>
<updated>${(updated ?? now).toISOString()}</updated>
<generator>Wissensnetz</generator>
${projects.map((project) => {
  const url = urls.absolute(urls.project(project.slug));
  return html`<entry>
<id>${url}</id>
<title type="text">${project.title}</title>
<link rel="alternate" type="text/html" href="${url}"/>
<published>${project.publishedAt.toISOString()}</published>
<updated>${project.publishedAt.toISOString()}</updated>
<author><name>${project.agency.name}</name></author>
${project.topic && html`<category term="${project.topic.slug}" label="${project.topic.name}"/>`}
<summary type="text">${project.teaser || project.title}</summary>
</entry>
`;
})}</feed>
`.toString();
}
