import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPDATE_ENTRY } from '../directory/directory-fixtures';
import { startTestApp, type TestApp } from '../test-app';
import { buildIdeenboerseWorld, SHARED_WORD, type IdeenboerseWorld } from './ideenboerse-fixtures';

const PUBLIC_URL = 'http://ideen.test.example:8080';
const ATOM = 'http://www.w3.org/2005/Atom';

interface Page {
  status: number;
  headers: Headers;
  body: string;
}

/** Titles of the result list, in order. */
function resultTitles(body: string): string[] {
  return [...body.matchAll(/<h3><a href="\/ideenboerse\/[^"]+">([^<]*)<\/a><\/h3>/g)].map((match) => match[1] ?? '');
}

function meta(body: string, attribute: 'name' | 'property', key: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)">`).exec(body)?.[1];
}

describe('public Ideenbörse pages, feed and embed', () => {
  let ctx: TestApp;
  let world: IdeenboerseWorld;
  const get = async (path: string, headers: Record<string, string> = {}): Promise<Page> => {
    const response = await fetch(`${ctx.url}${path}`, { headers });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  /** node:http, because fetch turns a conditional request into `Cache-Control: no-cache`, which Express honours. */
  const statusOf = (path: string, headers: Record<string, string>) =>
    new Promise<number | undefined>((resolve, reject) => {
      request(`${ctx.url}${path}`, { headers }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on('error', reject)
        .end();
    });

  beforeAll(async () => {
    ctx = await startTestApp({ env: { PUBLIC_URL } });
    world = await buildIdeenboerseWorld(ctx);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('lists the published public projects, newest first, in a German page with landmarks and a form', async () => {
    const page = await get('/ideenboerse');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.body).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(resultTitles(page.body)).toEqual([
      'Leitsystem im Eingangsbereich',
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Kooperation &amp; Vielfalt',
      'Leichte Sprache am Empfang',
    ]);
    expect(page.body).toContain('<h2 id="ergebnisse">3 Projekte</h2>');
    for (const landmark of ['<header', '<main id="inhalt"', '<footer', '<a class="skip-link" href="#inhalt">']) {
      expect(page.body).toContain(landmark);
    }
    expect(page.body).toContain('<form class="filters" method="get" action="/ideenboerse" role="search"');
    for (const [id, label] of [
      ['filter-q', 'Suchbegriff'],
      ['filter-topic', 'Thema'],
      ['filter-agency', 'Dienststelle'],
      ['filter-programme', 'Programm'],
      ['filter-year', 'Jahr'],
    ]) {
      expect(page.body).toContain(`<label for="${id}">${label}</label>`);
      expect(page.body).toContain(`id="${id}"`);
    }
    // The dropdowns offer only values of published projects: Lauchhausen has one, the programme is used.
    expect(page.body).toContain(`<option value="${world.programme.id}">${world.programme.name}</option>`);
    expect(page.body).toContain(`<option value="${world.topics.leitsystem.slug}">Leitsystem</option>`);
    expect(page.body).toContain('Agentur für Arbeit Rübenheim');
  });

  it('narrows the list by topic, agency, programme, year and full text, and says when nothing matches', async () => {
    const titles = async (query: string) => resultTitles((await get(`/ideenboerse?${query}`)).body);
    const [kuerbis, rueben] = world.agencies;
    expect(await titles(`topic=${world.topics.sprache.slug}`)).toEqual(['Leichte Sprache am Empfang']);
    expect(await titles(`agency=${kuerbis?.id ?? ''}`)).toEqual(['Leitsystem im Eingangsbereich']);
    expect(await titles(`programme=${world.programme.id}`)).toEqual([
      'Leitsystem im Eingangsbereich',
      'Leichte Sprache am Empfang',
    ]);
    expect(await titles(`q=${encodeURIComponent('Piktogramme')}`)).toEqual(['Leitsystem im Eingangsbereich']);
    expect(await titles(`q=${encodeURIComponent(SHARED_WORD)}&agency=${rueben?.id ?? ''}`)).toEqual([
      'Leichte Sprache am Empfang',
    ]);
    // Empty values (an untouched dropdown) mean "all".
    expect(await titles('q=&topic=&agency=&programme=&year=')).toHaveLength(3);

    const year = new Date().getUTCFullYear();
    await ctx.dataSource.query(`UPDATE project SET "completedAt" = '2021-06-30T12:00:00Z' WHERE slug = $1`, [
      world.published[0]?.slug,
    ]);
    expect(await titles('year=2021')).toEqual(['Leichte Sprache am Empfang']);
    expect(await titles(`year=${year}`)).toHaveLength(2);
    const page = await get('/ideenboerse');
    expect(page.body).toContain('<option value="2021">2021</option>');

    const none = await get('/ideenboerse?q=Gibtesnicht');
    expect(none.status).toBe(200);
    expect(none.body).toContain('<h2 id="ergebnisse">Keine Projekte gefunden</h2>');
    expect(none.body).toContain('value="Gibtesnicht"');
    expect(resultTitles(none.body)).toEqual([]);
  });

  it('answers bad filter values with a 400 page that explains them, never a 500', async () => {
    for (const [query, message] of [
      ['year=abc', 'Das Jahr muss eine vierstellige Jahreszahl sein.'],
      ['page=-1', 'Die Seitenzahl muss zwischen 1 und'],
      ['page=99999999', 'Die Seitenzahl muss zwischen 1 und'],
      [`q=${'x'.repeat(201)}`, 'Der Suchbegriff darf höchstens 200 Zeichen lang sein.'],
      ['agency=not-a-uuid', 'Die gewählte Dienststelle ist ungültig.'],
      ['topic=%3Cscript%3E', 'Das gewählte Thema ist ungültig.'],
      ['year=2021&year=2022', 'Der Parameter „year“ darf nur einmal angegeben werden.'],
    ]) {
      const page = await get(`/ideenboerse?${query}`);
      expect(page.status, query).toBe(400);
      expect(page.body, query).toContain('role="alert"');
      expect(page.body, query).toContain(message);
      expect(page.body, query).not.toContain('<script>');
    }
    const beyond = await get('/ideenboerse?page=7');
    expect(beyond.status).toBe(200);
    expect(beyond.body).toContain('Diese Seite gibt es nicht.');
  });

  it('renders a project page with meta and Open Graph tags, its texts and only public links', async () => {
    const page = await get(`/ideenboerse/${world.showcase.slug}`);
    expect(page.status).toBe(200);
    const url = `${PUBLIC_URL}/ideenboerse/${world.showcase.slug}`;
    expect(page.body).toContain('<title>Leitsystem im Eingangsbereich | Ideenbörse im Wissensnetz</title>');
    expect(meta(page.body, 'name', 'description')).toBe(`Ausgangslage: Farben und Piktogramme im ${SHARED_WORD}`);
    expect(meta(page.body, 'property', 'og:title')).toBe('Leitsystem im Eingangsbereich');
    expect(meta(page.body, 'property', 'og:description')).toBe(
      `Ausgangslage: Farben und Piktogramme im ${SHARED_WORD}`,
    );
    expect(meta(page.body, 'property', 'og:type')).toBe('article');
    expect(meta(page.body, 'property', 'og:url')).toBe(url);
    expect(page.body).toContain(`<link rel="canonical" href="${url}">`);
    expect(page.body).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Ideenbörse: neu veröffentlichte Projekte" href="${PUBLIC_URL}/ideenboerse/feed.xml">`,
    );
    expect(page.body).toContain('<h1>Leitsystem im Eingangsbereich</h1>');
    for (const heading of ['Ausgangslage', 'Ziele', 'Projektbeschreibung', 'Ergebnisse', 'Erfahrungen und Tipps']) {
      expect(page.body).toMatch(new RegExp(`<h2 id="[a-z]+">${heading}</h2>`));
    }
    expect(page.body).toContain(`<p>Ziel: Farben und Piktogramme im ${SHARED_WORD}<br>Zweite Zeile der Ziele</p>`);
    expect(page.body).toContain(`Beschreibung: Farben und Piktogramme im ${SHARED_WORD}`);
    // The body's own h2 nests under "Projektbeschreibung".
    expect(page.body).toMatch(/<h3[^>]*>Überblick<\/h3>/);
    expect(page.body).toContain('<dt>Dienststelle:</dt><dd>Jobcenter Kürbisstadt</dd>');
    expect(page.body).toContain(`<dt>Programm:</dt><dd>${world.programme.name}</dd>`);
    expect(page.body).toContain('<dt>Thema:</dt><dd>Leitsystem</dd>');
    // Linked articles: only the published public one, under its kind; the inspiring project that is public.
    expect(page.body).toContain('<h3>Ergebnisse des Projekts</h3>');
    expect(page.body).toContain(`<a href="/artikel/${world.publicArticle.slug}">Piktogramme im Eingangsbereich</a>`);
    expect(page.body).not.toContain('Grundlagen, auf die das Projekt aufbaut');
    expect(page.body.match(/href="\/artikel\//g)).toHaveLength(1);
    expect(page.body).toContain('<h2 id="vorbilder">Baut auf diesen Projekten auf</h2>');
    expect(page.body).toContain(
      `<a href="/ideenboerse/${world.published[0]?.slug ?? ''}">Leichte Sprache am Empfang</a>`,
    );
    // Headings in order: one h1, no h4 and beyond skipped into.
    expect(page.body.match(/<h1[ >]/g)).toHaveLength(1);
  });

  it('shows contact cards with the current data of PUBLIC entries and a neutral note for all others', async () => {
    const path = `/ideenboerse/${world.showcase.slug}`;
    const { publicEntry, internalEntry } = world.directory;
    const cardsOf = (body: string) => body.match(/<div class="contact-card[\s\S]*?<\/div>/g) ?? [];

    const page = await get(path);
    const [shown, hidden, ...rest] = cardsOf(page.body);
    expect(rest).toEqual([]);
    expect(shown).toContain('aria-label="Kontaktkarte: Sprachschule Kürbisstadt gGmbH"');
    expect(shown).toContain(
      `<a class="contact-card__name" href="/verzeichnis/${publicEntry.id}">Sprachschule Kürbisstadt gGmbH</a> <span class="contact-card__kind">Kursträger</span></p>`,
    );
    expect(shown).toContain('<dt>Adresse</dt><dd>Kürbisweg 5, 70173 Stuttgart</dd>');
    expect(shown).toContain('<dt>Telefon</dt><dd><a href="tel:0711123456">0711 123456</a></dd>');
    expect(shown).toContain(
      '<dt>E-Mail</dt><dd><a href="mailto:info@sprachschule.example">info@sprachschule.example</a></dd>',
    );
    expect(shown).toContain(
      '<dt>Website</dt><dd><a href="https://sprachschule.example/kurse" rel="noopener noreferrer">https://sprachschule.example/kurse</a></dd>',
    );
    expect(shown).toContain('<dt>Öffnungszeiten</dt><dd>Mo–Fr 09:00–12:00 · Nach Vereinbarung auch abends</dd>');
    expect(shown).not.toContain('Möglicherweise veraltet');
    expect(hidden).toBe(
      '<div class="contact-card contact-card--unavailable" role="note"><p>Kontaktkarte: Eintrag nicht öffentlich verfügbar</p></div>',
    );
    // Nothing of the INTERNAL entry (not even its id) and no contact person; the placeholders are gone.
    for (const secret of [internalEntry.id, ...world.directory.hiddenTexts, 'Kontaktkarte aus dem Adressverzeichnis']) {
      expect(page.body).not.toContain(secret);
    }

    // The GraphQL API gives the body with the PUBLIC entry's placeholder and the same neutral note.
    const { publicProject } = await ctx
      .anonymous()
      .expectData<{ publicProject: { bodyHtml: string } }>(
        'query ($s: String!) { publicProject(slug: $s) { bodyHtml } }',
        {
          s: world.showcase.slug,
        },
      );
    expect(publicProject.bodyHtml).toContain(`data-entry-id="${publicEntry.id}"`);
    expect(publicProject.bodyHtml).toContain(hidden);
    for (const secret of [internalEntry.id, ...world.directory.hiddenTexts]) {
      expect(publicProject.bodyHtml).not.toContain(secret);
    }

    // The page shows the directory as it is now: a new phone number, an overdue check, a deleted entry.
    const { directoryEntry } = await world.admin.expectData<{ directoryEntry: { version: number } }>(
      'query ($id: ID!) { directoryEntry(id: $id) { version } }',
      { id: publicEntry.id },
    );
    await world.admin.expectData(UPDATE_ENTRY, {
      id: publicEntry.id,
      input: { baseVersion: directoryEntry.version, phone: '0711 654321' },
    });
    await ctx.dataSource.query(
      `UPDATE directory_entry SET "lastVerifiedAt" = now() - interval '10 years' WHERE id = $1`,
      [publicEntry.id],
    );
    const changed = cardsOf((await get(path)).body)[0];
    expect(changed).toContain('<a href="tel:0711654321">0711 654321</a>');
    expect(changed).toContain('<span aria-hidden="true">⚠ </span>Möglicherweise veraltet');

    await world.admin.expectData('mutation ($id: ID!) { deleteDirectoryEntry(id: $id) }', { id: publicEntry.id });
    const afterDelete = await get(path);
    expect(afterDelete.status).toBe(200);
    expect(cardsOf(afterDelete.body)).toEqual([hidden, hidden]);
    expect(afterDelete.body).not.toContain(publicEntry.id);
  });

  it('escapes a title with markup everywhere it appears', async () => {
    const page = await get(`/ideenboerse/${world.scriptTitled.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain('<b>fett</b>');
    expect(page.body).toContain(
      '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Kooperation &amp; Vielfalt</h1>',
    );
    expect(meta(page.body, 'property', 'og:title')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Kooperation &amp; Vielfalt',
    );
    for (const path of ['/ideenboerse?q=Kooperation', '/ideenboerse/embed?limit=20', '/ideenboerse/feed.xml']) {
      const other = await get(path);
      expect(other.body, path).not.toContain('<script>alert');
      expect(other.body, path).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    }
  });

  it('answers internal, unpublished and unknown projects with the same 404 page', async () => {
    const bodies = new Set<string>();
    for (const slug of [...world.hidden.map((project) => project.slug), 'gibt-es-nicht', 'UPPER', 'a/b/c']) {
      const page = await get(`/ideenboerse/${slug}`);
      expect(page.status, slug).toBe(404);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('<h1>Seite nicht gefunden</h1>');
      expect(page.body).toContain('<meta name="robots" content="noindex">');
      bodies.add(page.body);
    }
    expect(bodies.size).toBe(1);
  });

  it('sends security and cache headers, an ETag and 304 for unchanged pages, and a cacheable stylesheet', async () => {
    const page = await get('/ideenboerse');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('script-src');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('public, max-age=300');
    expect(page.body).not.toMatch(/<script|\sstyle=|\son[a-z]+="/);
    const etag = page.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(await statusOf('/ideenboerse', { 'if-none-match': etag ?? '' })).toBe(304);

    const stylesheet = /<link rel="stylesheet" href="([^"]+)">/.exec(page.body)?.[1] ?? '';
    expect(stylesheet).toMatch(/^\/ideenboerse\/assets\/ideenboerse\.css\?v=[0-9a-f]{12}$/);
    const css = await get(stylesheet);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000');
    expect(css.body).toContain(':focus-visible');
  });

  it('publishes a well-formed Atom feed, newest publication first', async () => {
    const feed = await get('/ideenboerse/feed.xml');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const ns = [['a', ATOM]];
    const [parsed] = await ctx.dataSource.query<
      { wellFormed: boolean; titles: string[]; ids: string[]; authors: string[]; links: string[]; updated: string[] }[]
    >(
      `SELECT xml_is_well_formed_document($1) AS "wellFormed",
              xpath('/a:feed/a:entry/a:title/text()', $1::xml, $2)::text[] AS titles,
              xpath('/a:feed/a:entry/a:id/text()', $1::xml, $2)::text[] AS ids,
              xpath('/a:feed/a:entry/a:author/a:name/text()', $1::xml, $2)::text[] AS authors,
              xpath('/a:feed/a:link[@rel="self"]/@href', $1::xml, $2)::text[] AS links,
              xpath('/a:feed/a:updated/text()', $1::xml, $2)::text[] AS updated`,
      [feed.body, ns],
    );
    expect(parsed?.wellFormed).toBe(true);
    // xpath returns text nodes still escaped as XML.
    expect(parsed?.titles.slice(-3)).toEqual([
      'Leitsystem im Eingangsbereich',
      '&lt;script&gt;alert("x")&lt;/script&gt; Kooperation &amp; Vielfalt',
      'Leichte Sprache am Empfang',
    ]);
    expect(parsed?.ids.at(-1)).toBe(`${PUBLIC_URL}/ideenboerse/${world.published[0]?.slug ?? ''}`);
    expect(parsed?.authors.at(-1)).toBe('Agentur für Arbeit Rübenheim');
    expect(parsed?.links).toEqual([`${PUBLIC_URL}/ideenboerse/feed.xml`]);
    expect(Number.isNaN(Date.parse(parsed?.updated[0] ?? ''))).toBe(false);
  });

  it('offers a framable embed list and a script that inserts it', async () => {
    const embed = await get(`/ideenboerse/embed?limit=2&topic=${world.topics.leitsystem.slug}`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.body).toContain('<html lang="de">');
    const links = [...embed.body.matchAll(/<h2><a href="([^"]+)" target="_blank" rel="noopener">([^<]+)<\/a><\/h2>/g)];
    expect(links.map((match) => [match[1], match[2]])).toEqual([
      [`${PUBLIC_URL}/ideenboerse/${world.showcase.slug}`, 'Leitsystem im Eingangsbereich'],
    ]);
    expect(resultTitles((await get('/ideenboerse/embed?limit=1')).body)).toEqual([]);
    expect((await get('/ideenboerse/embed?limit=1')).body.match(/<h2><a /g)).toHaveLength(1);
    expect((await get('/ideenboerse/embed')).body.match(/<h2><a /g)).toHaveLength(3);

    const invalid = await get('/ideenboerse/embed?limit=50');
    expect(invalid.status).toBe(400);
    expect(invalid.body).toContain('„limit“ muss zwischen 1 und 20 liegen.');

    // Other pages may only be framed by the app itself.
    expect((await get('/ideenboerse')).headers.get('x-frame-options')).toBe('SAMEORIGIN');

    const script = await get('/ideenboerse/embed.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(script.body).toContain("document.createElement('iframe')");
    expect(script.body).toContain('frame.title =');
    const list = await get('/ideenboerse');
    expect(list.body).toContain('<h2>Auf Ihrer Website einbinden</h2>');
    expect(list.body).toContain(
      `&lt;script src=&quot;${PUBLIC_URL}/ideenboerse/embed.js&quot; data-limit=&quot;5&quot; async&gt;&lt;/script&gt;`,
    );
  });

  it('paginates with aria-current on the current page', async () => {
    const admin = world.admin;
    for (let index = 0; index < 19; index += 1) {
      const { createProject } = await admin.expectData<{ createProject: { id: string } }>(
        'mutation ($t: String!) { createProject(input: { title: $t, visibility: PUBLIC }) { id } }',
        { t: `Blätterprojekt ${index}` },
      );
      for (const status of ['PLANNED', 'IN_PROGRESS', 'COMPLETED']) {
        await admin.expectData(
          'mutation ($id: ID!, $s: ProjectStatus!) { changeProjectStatus(id: $id, input: { status: $s }) { id } }',
          { id: createProject.id, s: status },
        );
      }
      await admin.expectData('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: createProject.id });
    }
    const first = await get('/ideenboerse');
    expect(resultTitles(first.body)).toHaveLength(20);
    expect(first.body).toContain('<h2 id="ergebnisse">22 Projekte (1–20)</h2>');
    expect(first.body).toContain('<nav class="pagination" aria-label="Seiten der Ergebnisliste">');
    expect(first.body).toContain('<a href="/ideenboerse" aria-current="page" aria-label="Seite 1">1</a>');
    expect(first.body).toContain('<a href="/ideenboerse?page=2" rel="next">Nächste Seite</a>');
    const second = await get('/ideenboerse?page=2');
    expect(resultTitles(second.body)).toEqual([
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Kooperation &amp; Vielfalt',
      'Leichte Sprache am Empfang',
    ]);
    expect(second.body).toContain('<a href="/ideenboerse?page=2" aria-current="page" aria-label="Seite 2">2</a>');
    expect(second.body).toContain('<a href="/ideenboerse" rel="prev">Vorherige Seite</a>');
    expect(second.body).toContain('<link rel="canonical" href="http://ideen.test.example:8080/ideenboerse?page=2">');
  });
});
