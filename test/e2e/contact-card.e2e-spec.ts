import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type WikiServer } from '../support/wiki-server';
import { signIn, graphqlInPage } from '../support/wiki-page';

// Demo data: the public article on Berufssprachkurse in Esslingen shows this provider as a contact card.
const PROVIDER = 'Sprachschule Beispiel gGmbH';
const ARTICLE = 'Berufssprachkurse im Raum Esslingen: Anbieter im Überblick';
const NEW_PHONE = '0711 987654-0';

describe('contact cards in the browser', () => {
  let wiki: WikiServer;
  let browser: Browser;

  beforeAll(async () => {
    wiki = await startWikiServer(mkdtempSync(join(tmpdir(), 'wn-contact-card-e2e-')));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await wiki?.stop();
  });

  it('shows the entry’s current phone number in the article after the directory changed it', async () => {
    const staff = await browser.newContext();
    const editorPage = await staff.newPage();
    await signIn(editorPage, wiki, 'EDITOR');
    const { directoryEntries } = await graphqlInPage<{
      directoryEntries: { edges: { node: { id: string; name: string; version: number; phone: string } }[] };
    }>(
      editorPage,
      'query ($t: String!) { directoryEntries(filter: { text: $t }) { edges { node { id name version phone } } } }',
      {
        t: PROVIDER,
      },
    );
    const entry = directoryEntries.edges.map((edge) => edge.node).find((node) => node.name === PROVIDER);
    if (!entry) throw new Error(`No demo entry ${PROVIDER}`);
    expect(entry.phone).not.toBe(NEW_PHONE);
    await graphqlInPage(
      editorPage,
      'mutation ($id: ID!, $input: UpdateDirectoryEntryInput!) { updateDirectoryEntry(id: $id, input: $input) { id } }',
      { id: entry.id, input: { baseVersion: entry.version, phone: NEW_PHONE } },
    );

    // An anonymous visitor: the entry page lists the article, and the article shows the new number.
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(`${wiki.url}/verzeichnis/${entry.id}`);
    await page.getByRole('heading', { level: 1, name: PROVIDER }).waitFor();
    const usedIn = page.getByRole('region', { name: 'Verwendet in' });
    await usedIn.getByRole('link', { name: ARTICLE }).click();
    await page.getByRole('heading', { level: 1, name: ARTICLE }).waitFor();

    const card = page.getByRole('article', { name: `Kontaktkarte: ${PROVIDER}` });
    await card.waitFor();
    const call = card.getByRole('link', { name: `${PROVIDER} anrufen: ${NEW_PHONE}` });
    expect(await call.textContent()).toBe(NEW_PHONE);
    expect(await call.getAttribute('href')).toBe('tel:07119876540');
    expect(await card.textContent()).toContain('Musterweg 3, 73728 Esslingen am Neckar');
    // Stored HTML holds only the placeholder: the old number is nowhere on the page.
    expect(await page.locator('.prose').textContent()).not.toContain(entry.phone);
    expect(await page.getByRole('article', { name: /^Kontaktkarte: / }).count()).toBeGreaterThanOrEqual(2);

    // Staff see the same live card in the editor, where it is a node of the document.
    await editorPage.goto(page.url() + '/bearbeiten');
    const editorCard = editorPage.locator('.ProseMirror .contact-card-node').first();
    await editorCard.getByRole('link', { name: `${PROVIDER} anrufen: ${NEW_PHONE}` }).waitFor();
    await visitor.close();
    await staff.close();
  });
});
