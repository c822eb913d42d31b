import { html } from '../html';
import type { IdeenboerseUrls } from '../ideenboerse-urls';
import { pageLayout } from './page-layout.view';

/** The same page for unknown, unpublished and internal projects: it must not tell them apart. */
export function notFoundPage(urls: IdeenboerseUrls): string {
  const main = html`<h1>Seite nicht gefunden</h1>
<p>Diese Seite gibt es in der Ideenbörse nicht. Vielleicht wurde das Projekt umbenannt oder nicht mehr veröffentlicht.</p>
<p><a href="${urls.list()}">Alle Projekte der Ideenbörse anzeigen</a></p>`;
  return pageLayout(
    urls,
    { title: 'Seite nicht gefunden', description: 'Diese Seite gibt es in der Ideenbörse nicht.' },
    main,
  );
}
