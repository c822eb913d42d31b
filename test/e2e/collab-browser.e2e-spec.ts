import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type DemoCredential, type WikiServer } from '../support/wiki-server';

// A published, public demo article, so the final check can read it without signing in.
const SLUG = 'integrationskurs-ueberblick-ueber-kursarten-und-zugang';

async function openEditor(
  browser: Browser,
  wiki: WikiServer,
  user: DemoCredential,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${wiki.url}/anmelden`);
  await page.getByLabel('E-Mail').fill(user.email);
  await page.getByLabel('Passwort', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
  await page.goto(`${wiki.url}/artikel/${SLUG}/bearbeiten`);
  await page.getByLabel('Inhalt').waitFor();
  return { context, page };
}

/** Types at the very end of the document, as a person appending a paragraph would. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  const content = page.getByLabel('Inhalt');
  await content.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 15 });
}

describe('two editors in two browsers', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-collab-e2e-'));
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

  it('see each other’s text and caret, and the article page shows the merged text afterwards', async () => {
    const editors = (
      JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredential[]
    ).filter((c) => c.role === 'EDITOR');
    expect(editors.length).toBeGreaterThanOrEqual(2);
    const [first, second] = editors as [DemoCredential, DemoCredential];
    const a = await openEditor(browser, wiki, first);
    const b = await openEditor(browser, wiki, second);

    await typeAtEnd(a.page, 'Zeile von der ersten Redakteurin.');
    await typeAtEnd(b.page, 'Zeile vom zweiten Redakteur.');

    for (const { page } of [a, b]) {
      const content = page.getByLabel('Inhalt');
      await expect
        .poll(() => content.textContent(), { timeout: 15_000 })
        .toContain('Zeile von der ersten Redakteurin.');
      await expect.poll(() => content.textContent(), { timeout: 15_000 }).toContain('Zeile vom zweiten Redakteur.');
    }
    // Each sees the other's caret, labelled with the other's name.
    await expect
      .poll(() => a.page.locator('.collaboration-carets__label').allTextContents(), { timeout: 15_000 })
      .toContain(await displayName(b.page));
    await expect
      .poll(() => b.page.locator('.collaboration-carets__label').allTextContents(), { timeout: 15_000 })
      .toContain(await displayName(a.page));

    await a.context.close();
    await b.context.close();

    const reader = await browser.newPage();
    await expect
      .poll(
        async () => {
          await reader.goto(`${wiki.url}/artikel/${SLUG}`);
          return reader.locator('.prose').textContent();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toContain('Zeile vom zweiten Redakteur.');
    const text = (await reader.locator('.prose').textContent()) ?? '';
    expect(text).toContain('Zeile von der ersten Redakteurin.');
    expect(text).toContain('Zeile vom zweiten Redakteur.');
    await reader.close();
  });
});

/** The signed-in user's name as the user menu shows it. */
async function displayName(page: Page): Promise<string> {
  const me = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { displayName } }' }),
    });
    return ((await response.json()) as { data: { me: { displayName: string } } }).data.me.displayName;
  });
  return me;
}
