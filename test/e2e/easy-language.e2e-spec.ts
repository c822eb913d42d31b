import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type WikiServer } from '../support/wiki-server';
import { signIn, graphqlInPage } from '../support/wiki-page';

const TITLE = `Leichte Sprache ${Date.now()}`;

describe('Leichte Sprache checker in the editor', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-easy-language-e2e-'));
  let wiki: WikiServer;
  let browser: Browser;

  beforeAll(async () => {
    wiki = await startWikiServer(dataDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await wiki?.stop();
  });

  it('underlines a long compound word, lists it in the panel and applies the Mediopunkt suggestion', async () => {
    const page = await browser.newPage();
    await signIn(page, wiki, 'EDITOR');
    const { createArticle } = await graphqlInPage<{ createArticle: { slug: string } }>(
      page,
      'mutation ($input: CreateArticleInput!) { createArticle(input: $input) { slug } }',
      {
        input: {
          title: TITLE,
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hallo.' }] }] },
        },
      },
    );
    await page.goto(`${wiki.url}/artikel/${createArticle.slug}/bearbeiten`);
    const content = page.getByLabel('Inhalt');
    await expect.poll(() => content.textContent(), { timeout: 15_000 }).toContain('Hallo.');

    await content.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Die Bundesagentur hilft Ihnen.', { delay: 10 });

    await page.getByRole('button', { name: 'Leichte Sprache prüfen' }).click();
    const panel = page.getByRole('complementary', { name: 'Leichte Sprache' });
    await panel.waitFor();

    // the underline in the text, with the rule message for assistive technology
    const underline = content.locator('[data-easy-language-rule="compound-word"]', { hasText: 'Bundesagentur' });
    await underline.waitFor({ timeout: 15_000 });
    expect(await underline.getAttribute('aria-description')).toContain('Bundes·agentur');

    // scores and the finding in the panel
    await panel.getByText('Lesbarkeit nach Flesch (Amstad)').waitFor();
    const group = panel.locator('[data-rule="compound-word"]');
    const item = group.locator('li', { hasText: 'Bundesagentur' });
    await item.waitFor();

    // clicking the finding selects the word in the editor
    await item.getByRole('button', { name: /Bundesagentur/ }).click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Bundesagentur');

    await item.getByRole('button', { name: /Vorschlag übernehmen/ }).click();
    await expect.poll(() => content.textContent()).toContain('Die Bundes·agentur hilft Ihnen.');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Hinweis/ })
          .count(),
      )
      .toBeGreaterThan(0);
    await expect.poll(() => group.locator('li', { hasText: 'Bundesagentur' }).count(), { timeout: 10_000 }).toBe(0);
    expect(await content.locator('[data-easy-language-rule="compound-word"]', { hasText: 'Bundes' }).count()).toBe(0);

    // the change is a normal collaborative edit: the server stores it
    await expect
      .poll(
        async () =>
          (
            await graphqlInPage<{ article: { bodyText: string } }>(
              page,
              'query ($slug: String!) { article(slug: $slug) { bodyText } }',
              { slug: createArticle.slug },
            )
          ).article.bodyText,
        { timeout: 30_000 },
      )
      .toContain('Bundes·agentur');
    await page.close();
  });
});
