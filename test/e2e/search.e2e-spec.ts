import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type WikiServer } from '../support/wiki-server';

describe('search in the browser', () => {
  let wiki: WikiServer;
  let browser: Browser;

  beforeAll(async () => {
    wiki = await startWikiServer(mkdtempSync(join(tmpdir(), 'wn-search-e2e-')));
    browser = await launchBrowser();
    // The demo content is indexed by the outbox worker shortly after start.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const health = (await (await fetch(`${wiki.url}/health/search`)).json()) as { queueLength: number };
      if (health.queueLength === 0) break;
      if (Date.now() > deadline) throw new Error('The search index did not catch up in time');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await wiki?.stop();
  });

  it('shows highlighted results while typing and opens the chosen result with the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(wiki.url);
    await page.keyboard.press('Control+k');
    const field = page.getByRole('combobox', { name: 'Suche' });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Sprachkur', { delay: 40 });
    const options = page.getByRole('listbox', { name: 'Suchvorschläge' }).getByRole('option');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const firstHtml = await options.first().innerHTML();
    expect(firstHtml).toMatch(/<mark>[^<]*[Ss]prachkurs/);
    expect(await field.getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    // Articles, projects and directory entries all match "Sprachkur"; Enter opens whichever is first.
    await page.waitForURL(/\/(artikel|projekte|verzeichnis)\/[^/]+$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.close();
  });

  it('finds German word variants on the search page and offers facets', async () => {
    const page = await browser.newPage();
    await page.goto(`${wiki.url}/suche?q=${encodeURIComponent('Behoerde')}`);
    await page.getByText(/Treffer für „Behoerde“/).waitFor();
    expect(await page.locator('mark').first().textContent()).toMatch(/behörde/i);
    await page.getByRole('group', { name: 'Sprache' }).waitFor();
    await page.close();
  });
});
