import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type WikiServer } from '../support/wiki-server';
import { signIn } from '../support/wiki-page';

// Demo data: a PUBLIC project still in progress, linked only to INTERNAL articles.
const PROJECT = 'Kooperation mit Migrantenorganisationen im Raum Ulm';
const INTERNAL_ARTICLES = [
  'Zusammenarbeit mit Migrantenorganisationen: Leitfaden',
  'Kontaktliste Migrantenorganisationen Raum Ulm (Beispieldaten)',
  'Infoveranstaltung in einem Kulturverein planen',
];
// A published PUBLIC article the admin links in the browser.
const PUBLIC_ARTICLE = 'Mehrsprachige Materialien: Übersicht und Bezugsquellen';

describe('publishing a project to the public Ideenbörse', () => {
  let wiki: WikiServer;
  let browser: Browser;

  beforeAll(async () => {
    wiki = await startWikiServer(mkdtempSync(join(tmpdir(), 'wn-ideenboerse-e2e-')));
    browser = await launchBrowser();
    // The article picker searches; the demo content is indexed shortly after start.
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

  it('an admin completes and publishes a project; a logged-out visitor finds it with only its public articles', async () => {
    const admin = await browser.newContext();
    const page = await admin.newPage();
    await signIn(page, wiki, 'ADMIN');

    // Find the project through the filtered list.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Projekte' }).click();
    await page.getByLabel('Suchbegriff (Titel, Problem, Ziele, Ergebnisse)').fill('Raum Ulm');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/\/projekte\?q=Raum\+Ulm|\/projekte\?q=Raum%20Ulm/);
    await page.getByRole('link', { name: PROJECT }).click();
    await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    const publish = page.getByRole('button', { name: 'In der Ideenbörse veröffentlichen' });
    expect(await publish.isDisabled()).toBe(true);

    // Link a public article with the search-as-you-type picker.
    await page.getByLabel('Artikel suchen').fill('Mehrsprachige Materialien');
    await page.getByRole('button', { name: `Verknüpfen: ${PUBLIC_ARTICLE}` }).click();
    await page.getByText(`„${PUBLIC_ARTICLE}“ ist verknüpft`).waitFor();

    // Complete it: only valid next statuses are offered.
    const nextStatus = page.getByLabel('Neuer Status');
    expect(await nextStatus.locator('option').allTextContents()).not.toContain('Idee');
    await nextStatus.selectOption({ label: 'Abgeschlossen' });
    await page.getByLabel('Anmerkung (optional)').fill('Abschlusspräsentation gehalten');
    await page.getByRole('button', { name: 'Status ändern' }).click();
    await page.getByText('Der Status ist jetzt „Abgeschlossen“.').waitFor();

    await expect.poll(() => publish.isEnabled()).toBe(true);
    await publish.click();
    await page.getByText('Das Projekt ist jetzt in der Ideenbörse veröffentlicht.').waitFor();
    await page.getByRole('button', { name: 'Aus der Ideenbörse zurückziehen' }).waitFor();
    await admin.close();

    // A visitor without a session.
    const visitor = await browser.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${wiki.url}/ideenboerse`);
    await publicPage.getByLabel('Suchbegriff').fill(PROJECT);
    await publicPage.getByLabel('Suchbegriff').press('Enter');
    await publicPage.waitForURL(/[?&]q=/);
    await publicPage.getByRole('link', { name: PROJECT }).click();
    await publicPage.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    expect(await publicPage.title()).toContain(PROJECT);
    await publicPage.getByRole('link', { name: PUBLIC_ARTICLE }).waitFor();
    const html = await publicPage.content();
    for (const title of INTERNAL_ARTICLES) expect(html).not.toContain(title);
    await visitor.close();
  });
});
