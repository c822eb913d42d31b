import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type WikiServer } from '../support/wiki-server';
import { signIn } from '../support/wiki-page';

const TITLE = `Ablauf Sprachkursanmeldung ${Date.now()}`;

describe('editor and reader in the browser', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-e2e-'));
  let wiki: WikiServer;
  let browser: Browser;
  let articleUrl = '';

  beforeAll(async () => {
    wiki = await startWikiServer(dataDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await wiki?.stop();
  });

  it('an editor writes an article with a heading and a table, publishes it, and sees it rendered and listed', async () => {
    const page = await browser.newPage();
    await signIn(page, wiki, 'EDITOR');
    await page.goto(`${wiki.url}/artikel/neu`);
    await page.getByLabel('Titel').fill(TITLE);

    const content = page.getByLabel('Inhalt');
    await content.click();
    await page.getByRole('button', { name: 'Überschrift 2' }).click();
    await page.keyboard.type('Anmeldung beim Träger');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Die Teilnahmeberechtigung liegt vor.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Tabelle einfügen' }).click();
    await page.keyboard.type('Kursart');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Niveau');

    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\/artikel\/[^/]+\/bearbeiten$/);
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByText('Der Artikel ist veröffentlicht.').waitFor();

    articleUrl = page.url().replace(/\/bearbeiten$/, '');
    await page.goto(articleUrl);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.locator('.prose h2').first().textContent()).toBe('Anmeldung beim Träger');
    expect(await page.locator('.prose table th').first().textContent()).toBe('Kursart');
    expect(await page.locator('.prose table').getByText('Niveau').count()).toBe(1);

    await page.goto(wiki.url);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.close();
  });

  it('a reader sees the article without an edit button and is refused by the API', async () => {
    const page = await browser.newPage();
    await signIn(page, wiki, 'READER');
    await page.goto(articleUrl);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByRole('button', { name: 'Bearbeiten' }).count()).toBe(0);

    const slug = new URL(articleUrl).pathname.split('/').pop();
    const result = await page.evaluate(async (articleSlug) => {
      const post = (query: string, variables: Record<string, unknown>) =>
        fetch('/graphql', {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        }).then(
          (r) =>
            r.json() as Promise<{ data?: { article?: { id: string } }; errors?: { extensions?: { code?: string } }[] }>,
        );
      const found = await post('query ($s: String!) { article(slug: $s) { id } }', { s: articleSlug });
      return post(
        'mutation ($id: ID!) { updateArticle(id: $id, input: { baseRevision: 2, title: "Gehackt" }) { id } }',
        {
          id: found.data?.article?.id,
        },
      );
    }, slug);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.close();
  });

  it('keeps all data when the wiki is stopped and started again', async () => {
    await wiki.stop();
    wiki = await startWikiServer(dataDir);
    const response = await fetch(`${wiki.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 100) { totalCount edges { node { title } } } }' }),
    });
    const body = (await response.json()) as { data: { articles: { edges: { node: { title: string } }[] } } };
    const titles = body.data.articles.edges.map((edge) => edge.node.title);
    expect(titles.length).toBeGreaterThan(5);
    const page = await browser.newPage();
    await signIn(page, wiki, 'READER');
    await page.goto(`${wiki.url}${new URL(articleUrl).pathname}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.close();
  });
});
