import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type WikiServer } from '../support/wiki-server';

// Demo data: a PUBLIC course provider at 73728 Esslingen with a Berufssprachkurs B2 with childcare.
const PROVIDER = 'Sprachschule Beispiel gGmbH';

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('the directory in the browser', () => {
  let wiki: WikiServer;
  let browser: Browser;

  beforeAll(async () => {
    wiki = await startWikiServer(mkdtempSync(join(tmpdir(), 'wn-directory-e2e-')));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await wiki?.stop();
  });

  it('filters "Berufssprachkurs B2 with childcare within 25 km of 73728", exports CSV, opens an entry and prints the handout', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(wiki.url);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verzeichnis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzeichnis' }).waitFor();

    // Facets: course type and childcare, then the distance; every step lands in the URL.
    await page.getByLabel(/^Berufssprachkurs Basis B2 \(\d+\)$/).check();
    await page.waitForURL(/kurs=JOB_LANGUAGE_BASIC_B2/);
    await page.getByLabel(/^Mit Kinderbetreuung \(\d+\)$/).check();
    await page.waitForURL(/kinderbetreuung=ja/);
    await page.getByLabel('Postleitzahl').fill('73728');
    await page.getByLabel('Umkreis', { exact: true }).selectOption({ label: '25 km' });
    await page.getByRole('button', { name: 'Umkreis anwenden' }).click();
    await page.waitForURL(/plz=73728&umkreis=25/);
    const filtered = new URL(page.url());
    expect(Object.fromEntries(filtered.searchParams)).toEqual({
      kurs: 'JOB_LANGUAGE_BASIC_B2',
      kinderbetreuung: 'ja',
      plz: '73728',
      umkreis: '25',
    });

    // Nearest first, each with its distance, none farther than 25 km.
    const cards = page.locator('.directory-card');
    await page.locator('.directory-card__meta strong').first().waitFor();
    expect(await cards.first().locator('h3').textContent()).toBe(PROVIDER);
    const distances = (await page.locator('.directory-card__meta strong').allTextContents()).map((text) =>
      Number(text.replace(' km entfernt', '').replace(',', '.')),
    );
    expect(distances.length).toBe(await cards.count());
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(25);

    // A bookmarked URL gives the same list; back undoes the last filter.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('plz'));
    await page.goForward();
    await page.waitForURL(/plz=73728/);
    await expect.poll(() => cards.first().locator('h3').textContent()).toBe(PROVIDER);

    // Export of the filtered list as CSV (the import format; header first).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^verzeichnis-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readDownload(download);
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toMatch(/^satz[;,]externe_id[;,]/);
    expect(lines.filter((line) => line.startsWith('eintrag')).length).toBe(await cards.count());
    expect(csv).toContain(PROVIDER);

    // The entry page.
    await cards.first().getByRole('link', { name: PROVIDER }).click();
    await page.getByRole('heading', { level: 1, name: PROVIDER }).waitFor();
    expect(await page.locator('.directory-hours tbody tr').count()).toBe(7);
    expect(await page.locator('.directory-hours tbody tr').first().textContent()).toContain('Montag');
    expect(await page.getByRole('table').nth(1).textContent()).toContain('Berufssprachkurs Basis B2');
    await page.getByText(/^Zuletzt geprüft am /).waitFor();
    // Anonymous visitors never see contact persons.
    expect(await page.getByRole('heading', { name: 'Ansprechpersonen' }).count()).toBe(0);

    // The print view of the same filtered list.
    await page.goBack();
    await page.waitForURL(/\/verzeichnis\?/);
    await page.getByRole('link', { name: 'Druckansicht' }).click();
    await page.waitForURL(/\/verzeichnis\/druck\?/);
    expect(new URL(page.url()).search).toBe(filtered.search);
    await page.locator('.directory-print__entry').first().waitFor();
    expect(await page.locator('.directory-print__entry h2').first().textContent()).toContain(PROVIDER);
    expect(await page.locator('.directory-print__entry').first().textContent()).toContain('Musterweg 3, 73728');

    // The print stylesheet: A4 pages, no navigation chrome.
    const pageSize = await page.evaluate(() => {
      const sizes: string[] = [];
      for (let i = 0; i < document.styleSheets.length; i++) {
        const rules = document.styleSheets.item(i)?.cssRules;
        for (let j = 0; j < (rules?.length ?? 0); j++) {
          const rule = rules?.item(j);
          if (rule instanceof CSSPageRule) sizes.push(rule.style.getPropertyValue('size'));
        }
      }
      return sizes;
    });
    expect(pageSize.map((size) => size.toUpperCase())).toContain('A4');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
    expect(await page.locator('.directory-print__entry').first().isVisible()).toBe(true);
    // One A4 page for the customer.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await context.close();
  });
});
