import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type WikiServer } from '../support/wiki-server';
import { signIn } from '../support/wiki-page';

// Demo data (server/src/seed/demo/materials.ts): one public and one internal MATERIAL article.
const PUBLIC_MATERIAL = 'Merkblatt Bürgergeld-Antrag – mehrsprachig';
const INTERNAL_MATERIAL = 'Piktogramme für die Eingangszone';

describe('material files in the browser', () => {
  let wiki: WikiServer;
  let browser: Browser;

  beforeAll(async () => {
    wiki = await startWikiServer(mkdtempSync(join(tmpdir(), 'wn-materials-e2e-')));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await wiki?.stop();
  });

  it('lets visitors filter public material by Leichte Sprache (URL reflected) and download a file', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${wiki.url}/material`);
    await page.getByRole('link', { name: PUBLIC_MATERIAL }).waitFor();
    expect(await page.getByRole('link', { name: INTERNAL_MATERIAL }).count()).toBe(0);

    await page.getByLabel('Leichte oder Einfache Sprache').selectOption('LEICHTE_SPRACHE');
    await page.waitForURL((url) => url.searchParams.get('fassung') === 'leichte-sprache');
    // Only the matching file of the article stays listed.
    await expect.poll(() => page.getByRole('link', { name: /Merkblatt Bürgergeld – Arabisch/ }).count()).toBe(0);
    const file = page.getByRole('link', { name: /Merkblatt Bürgergeld – Leichte Sprache/ });
    await file.waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), file.click()]);
    expect(download.suggestedFilename()).toBe('merkblatt-buergergeld-leichte-sprache.pdf');
    await context.close();
  });

  it('lets an editor upload a file on a MATERIAL article, shows type errors, and lists the new file', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, wiki, 'EDITOR');
    await page.goto(`${wiki.url}/material`);
    await page.getByRole('link', { name: INTERNAL_MATERIAL }).click();
    const files = page.getByRole('region', { name: 'Dateien' });
    await files.getByRole('link', { name: /Piktogramm Information/ }).waitFor();

    const chooser = files.getByLabel('Datei hierher ziehen oder auswählen');
    await chooser.setInputFiles({
      name: 'seite.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html></html>'),
    });
    await files.getByRole('button', { name: 'Hochladen' }).click();
    await expect.poll(() => files.getByRole('alert').textContent()).toContain('Dieser Dateityp ist nicht erlaubt.');

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await chooser.setInputFiles({ name: 'wegweiser-tuerkisch.pdf', mimeType: 'application/pdf', buffer: pdf });
    await files.getByLabel('Titel').fill('Wegweiser Türkisch');
    await files.getByLabel('Sprache der Datei').selectOption({ label: 'Türkisch' });
    await files.getByRole('button', { name: 'Hochladen' }).click();
    await expect
      .poll(() => files.getByRole('status').first().textContent())
      .toContain('„Wegweiser Türkisch“ wurde hochgeladen.');
    const item = files.getByRole('listitem').filter({ hasText: 'Wegweiser Türkisch' });
    expect(await item.textContent()).toContain('Türkisch');

    const href = await item.getByRole('link').getAttribute('href');
    const response = await page.request.get(`${wiki.url}${href}`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(await response.body()).equals(pdf)).toBe(true);
    await context.close();
  });
});
