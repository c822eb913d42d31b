import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type WikiServer } from '../support/wiki-server';
import { signIn, graphqlInPage } from '../support/wiki-page';

/** A demo article with an Arabic translation (server/src/seed/demo/language-versions.ts). */
const INTEGRATIONSKURS = 'Integrationskurs: Überblick über Kursarten und Zugang';

const direction = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);

/** The Flesch reading ease the panel shows (German number format). */
async function fleschScore(panel: Locator): Promise<number> {
  const text = await panel.locator('[data-score="flesch"]').textContent();
  return Number((text ?? '').replace(/\./g, '').replace(',', '.'));
}

describe('language versions in the browser', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-language-versions-e2e-'));
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

  it('renders the German source left-to-right and its Arabic translation right-to-left, with the source changes', async () => {
    const page = await browser.newPage();
    await page.goto(wiki.url);
    const { articles } = await graphqlInPage<{ articles: { edges: { node: { title: string; slug: string } }[] } }>(
      page,
      'query { articles(first: 100) { edges { node { title slug } } } }',
    );
    const source = articles.edges.find((edge) => edge.node.title === INTEGRATIONSKURS)?.node;
    expect(source).toBeDefined();

    await page.goto(`${wiki.url}/artikel/${source?.slug}`);
    const content = page.locator('article .prose').first();
    await content.waitFor();
    expect(await page.locator('article').first().getAttribute('lang')).toBe('de');
    expect(await direction(content)).toBe('ltr');

    const switcher = page.getByRole('navigation', { name: 'Sprachversionen' });
    await expect
      .poll(() => switcher.getByRole('link').allTextContents())
      .toEqual(expect.arrayContaining(['Leichte Sprache', 'العربية', 'فارسی']));
    expect(await switcher.locator('[aria-current="page"]').textContent()).toBe('Deutsch');
    await switcher.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(/-ar$/);
    await expect.poll(() => page.locator('article').first().getAttribute('lang')).toBe('ar');
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('دورة الاندماج');
    expect(await page.locator('article').first().getAttribute('dir')).toBe('rtl');
    expect(await direction(page.locator('article .prose').first())).toBe('rtl');

    // the demo source got a section after the translation was made
    const notice = page.getByRole('note').filter({ hasText: 'Quelle geändert seit dieser Version' });
    await notice.waitFor();
    expect(await direction(notice)).toBe('ltr');
    await notice.getByText('Änderungen am Ausgangstext anzeigen').click();
    await expect
      .poll(() => notice.locator('.diff ins').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('BAMF-NAvI')]));
    await page.close();
  });

  it('an editor writes a Leichte Sprache version: underlines, a Mediopunkt suggestion and a better score', async () => {
    const page = await browser.newPage();
    await signIn(page, wiki, 'EDITOR');
    const { createArticle } = await graphqlInPage<{ createArticle: { slug: string } }>(
      page,
      'mutation ($input: CreateArticleInput!) { createArticle(input: $input) { slug } }',
      {
        input: {
          title: `Bürgergeld beantragen ${Date.now()}`,
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  {
                    type: 'text',
                    text: 'Die Beantragung von Leistungen zur Sicherung des Lebensunterhalts erfolgt grundsätzlich bei dem für den Wohnort zuständigen Jobcenter, wobei sämtliche erforderlichen Nachweise vollständig einzureichen sind.',
                  },
                ],
              },
            ],
          },
        },
      },
    );

    // "Sprachversion anlegen" on the source's page opens the new version in the editor
    await page.goto(`${wiki.url}/artikel/${createArticle.slug}`);
    await page.getByText('Sprachversion anlegen').click();
    await page.getByLabel('Neue Version').selectOption({ label: 'Leichte Sprache' });
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.waitForURL(`${wiki.url}/artikel/${createArticle.slug}-leichte-sprache/bearbeiten`);

    // it starts with the source's text
    const content = page.getByLabel('Inhalt');
    await expect.poll(() => content.textContent(), { timeout: 15_000 }).toContain('Sicherung des Lebensunterhalts');
    expect(await content.getAttribute('lang')).toBe('de');
    expect(await content.getAttribute('dir')).toBe('ltr');

    await page.getByRole('button', { name: 'Leichte Sprache prüfen' }).click();
    const panel = page.getByRole('complementary', { name: 'Leichte Sprache' });
    await panel.locator('[data-score="flesch"]').waitFor();
    await expect.poll(() => panel.locator('[data-rule="long-sentence"] li').count(), { timeout: 15_000 }).toBe(1);
    const before = await fleschScore(panel);

    // rewrite it in Leichte Sprache
    await content.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(
      'Sie brauchen Geld zum Leben? Dann hilft Ihnen die Bundesagentur. Sie stellen einen Antrag.',
      {
        delay: 5,
      },
    );
    const underline = content.locator('[data-easy-language-rule="compound-word"]', { hasText: 'Bundesagentur' });
    await underline.waitFor({ timeout: 15_000 });
    await expect.poll(() => panel.locator('[data-rule="long-sentence"] li').count(), { timeout: 15_000 }).toBe(0);

    const item = panel.locator('[data-rule="compound-word"] li', { hasText: 'Bundesagentur' });
    await item.getByRole('button', { name: /Vorschlag übernehmen/ }).click();
    await expect.poll(() => content.textContent()).toContain('Dann hilft Ihnen die Bundes·agentur.');
    await expect
      .poll(() => content.locator('[data-easy-language-rule="compound-word"]', { hasText: 'Bundes' }).count(), {
        timeout: 10_000,
      })
      .toBe(0);
    await expect.poll(() => fleschScore(panel), { timeout: 10_000 }).toBeGreaterThan(before + 20);
    await page.close();
  });

  it('the editor of an Arabic version writes right-to-left', async () => {
    const page = await browser.newPage();
    await signIn(page, wiki, 'EDITOR');
    const { articles } = await graphqlInPage<{ articles: { edges: { node: { slug: string; language: string } }[] } }>(
      page,
      'query { articles(first: 100, filter: { status: PUBLISHED }) { edges { node { slug language } } } }',
    );
    const arabic = articles.edges.find((edge) => edge.node.language === 'ar')?.node;
    expect(arabic).toBeDefined();
    await page.goto(`${wiki.url}/artikel/${arabic?.slug}/bearbeiten`);
    const content = page.getByLabel('Inhalt');
    await expect.poll(() => content.textContent(), { timeout: 15_000 }).toMatch(/[\u0600-\u06ff]/);
    expect(await content.getAttribute('dir')).toBe('rtl');
    expect(await content.getAttribute('lang')).toBe('ar');
    expect(await direction(content)).toBe('rtl');
    await page.close();
  });
});
