import { html, type SafeHtml } from '../html';
import type { IdeenboerseUrls } from '../ideenboerse-urls';

export const SITE_NAME = 'Ideenbörse im Wissensnetz';

export interface PageMeta {
  title: string;
  description: string;
  /** Path of this page; made absolute with PUBLIC_URL for canonical and og:url. Omitted for error pages. */
  path?: string;
  ogType?: 'website' | 'article';
}

/** The shell of every Ideenbörse page: German, landmarks, skip link, meta and Open Graph tags, no scripts. */
export function pageLayout(urls: IdeenboerseUrls, meta: PageMeta, main: SafeHtml): string {
  const url = meta.path === undefined ? undefined : urls.absolute(meta.path);
  const fullTitle = `${meta.title} | ${SITE_NAME}`;
  const embedSnippet = `<script src="${urls.absolute(urls.embedScript())}" data-limit="5" async></script>`;
  return html`<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${meta.description}">
${url ? html`<link rel="canonical" href="${url}">` : html`<meta name="robots" content="noindex">`}
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:locale" content="de_DE">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:type" content="${meta.ogType ?? 'website'}">
${url && html`<meta property="og:url" content="${url}">`}
<link rel="alternate" type="application/atom+xml" title="Ideenbörse: neu veröffentlichte Projekte" href="${urls.absolute(urls.feed())}">
<link rel="stylesheet" href="${urls.stylesheet()}">
</head>
<body>
<a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="${urls.list()}">Ideenbörse</a></p>
<p class="tagline">Projekte der interkulturellen Öffnung zum Nachmachen</p>
</div>
</header>
<main id="inhalt" class="wrap" tabindex="-1">
${main}
</main>
<footer class="site-footer">
<div class="wrap">
<h2>Auf Ihrer Website einbinden</h2>
<p>Mit dieser Zeile zeigt Ihre Website die neuesten Projekte der Ideenbörse an (<code>data-limit</code>: 1 bis 20 Projekte, <code>data-topic</code>: nur ein Thema):</p>
<pre><code>${embedSnippet}</code></pre>
<p><a href="${urls.feed()}">Neue Projekte als Atom-Feed abonnieren</a></p>
</div>
</footer>
</body>
</html>
`.toString();
}
