import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWikiServer, type WikiServer } from '../support/wiki-server';
import { signIn } from '../support/wiki-page';

// Demo data: a PUBLIC, published PROCESS article with five steps (server/src/seed/demo/articles/prozessablaeufe.ts).
const SLUG = 'ablauf-anmeldung-zum-berufssprachkurs';
const STEPS = [
  'Sprachstand klären',
  'Einstufungstest beim Träger veranlassen',
  'Berechtigung ausstellen',
  'Anmeldung beim Träger',
  'Kursbeginn im Kooperationsplan festhalten',
];

describe('process articles in the browser', () => {
  let wiki: WikiServer;
  let browser: Browser;

  beforeAll(async () => {
    wiki = await startWikiServer(mkdtempSync(join(tmpdir(), 'wn-process-e2e-')));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await wiki?.stop();
  });

  it('shows the numbered flow, groups the steps by role and prints a checklist', async () => {
    const page = await browser.newPage();
    await page.goto(`${wiki.url}/artikel/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Ablauf: Anmeldung zum Berufssprachkurs' }).waitFor();

    // Three views as ARIA tabs; the flow is shown first.
    const tablist = page.getByRole('tablist', { name: 'Ansichten des Ablaufs' });
    const tabs = tablist.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Ablauf', 'Wer macht was', 'Checkliste']);
    const flowTab = tablist.getByRole('tab', { name: 'Ablauf' });
    expect(await flowTab.getAttribute('aria-selected')).toBe('true');

    // (1) Numbered flow: steps in document order, numbered 1…5, a branch links to its target step.
    const flow = page.getByRole('tabpanel', { name: 'Ablauf' });
    const steps = flow.locator('.process-step');
    expect(await steps.locator('.process-step__title').allTextContents()).toEqual(STEPS);
    expect(await steps.evaluateAll((items) => items.map((item) => item.getAttribute('data-step')))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    // The visible number comes from a CSS counter on the list.
    expect(await steps.nth(2).evaluate((item) => getComputedStyle(item).counterIncrement)).toMatch(/^process-step/);
    expect(await steps.nth(0).getByRole('definition').first().textContent()).toBe('Arbeitsvermittlung');
    const branch = flow.getByRole('link', { name: 'Wenn kein Nachweis über B1 vorhanden ist: weiter mit Schritt 2' });
    expect(await branch.getAttribute('href')).toBe('#prozess-1-schritt-2');
    await branch.click();
    await page.waitForURL(/#prozess-1-schritt-2$/);

    // (2) "Wer macht was" by keyboard (arrow keys move between tabs): roles in order of first appearance.
    await flowTab.focus();
    await page.keyboard.press('ArrowRight');
    const rolesTab = tablist.getByRole('tab', { name: 'Wer macht was' });
    expect(await rolesTab.getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Wer macht was');
    const roles = page.getByRole('tabpanel', { name: 'Wer macht was' });
    expect(await flow.isVisible()).toBe(false);
    const groups = roles.locator('.process-role');
    expect(await groups.evaluateAll((items) => items.map((item) => item.getAttribute('data-role')))).toEqual([
      'Arbeitsvermittlung',
      'externer Partner',
      'Leistungsabteilung',
    ]);
    expect(await groups.nth(0).getByRole('link').allTextContents()).toEqual([
      'Schritt 1: Sprachstand klären',
      'Schritt 3: Berechtigung ausstellen',
    ]);
    expect(await groups.nth(1).getByRole('link').allTextContents()).toEqual([
      'Schritt 2: Einstufungstest beim Träger veranlassen',
      'Schritt 4: Anmeldung beim Träger',
    ]);
    expect(await groups.nth(1).getByRole('heading').textContent()).toContain('externer Partner');

    // A step link from the role view opens the flow at that step.
    await groups.nth(1).getByRole('link', { name: 'Schritt 4: Anmeldung beim Träger' }).click();
    expect(await flowTab.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('prozess-1-schritt-4');

    // (3) Checklist: one checkbox per step, in order; printing hides tabs and navigation.
    await tablist.getByRole('tab', { name: 'Checkliste' }).click();
    const checklist = page.getByRole('tabpanel', { name: 'Checkliste' });
    const boxes = checklist.getByRole('checkbox');
    expect(await boxes.count()).toBe(5);
    const labels = await checklist.locator('.process-checklist__title').allTextContents();
    expect(labels).toEqual(STEPS.map((title, index) => `Schritt ${index + 1}: ${title}`));
    await checklist.getByRole('checkbox', { name: 'Schritt 3: Berechtigung ausstellen' }).check();
    expect(await boxes.nth(2).isChecked()).toBe(true);
    expect(await checklist.getByRole('button', { name: 'Checkliste drucken' }).isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await tablist.isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await checklist.getByRole('button', { name: 'Checkliste drucken' }).isVisible()).toBe(false);
    expect(await boxes.nth(0).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('keeps the plain article view for other kinds', async () => {
    const page = await browser.newPage();
    await page.goto(`${wiki.url}/artikel/${SLUG}`);
    await page.getByRole('tablist', { name: 'Ansichten des Ablaufs' }).waitFor();
    const response = await page.request.post(`${wiki.url}/graphql`, {
      data: { query: '{ articles(first: 100, filter: { kind: PROCESS }) { edges { node { slug kind } } } }' },
    });
    const json = (await response.json()) as { data: { articles: { edges: { node: { slug: string } }[] } } };
    expect(json.data.articles.edges.map((edge) => edge.node.slug)).toContain(SLUG);

    await page.goto(`${wiki.url}/artikel/integrationskurs-ueberblick-ueber-kursarten-und-zugang`);
    await page
      .getByRole('heading', { level: 1, name: 'Integrationskurs: Überblick über Kursarten und Zugang' })
      .waitFor();
    expect(await page.locator('.prose table').count()).toBeGreaterThan(0);
    expect(await page.getByRole('tablist').count()).toBe(0);
    await page.close();
  });

  it('an editor starts from the process template and edits steps in the collaborative editor', async () => {
    const title = `Ablauf Testprozess ${Date.now()}`;
    const page = await browser.newPage();
    await signIn(page, wiki, 'EDITOR');
    await page.goto(`${wiki.url}/artikel/neu`);
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Art des Artikels').selectOption('PROCESS');
    await page.getByRole('button', { name: 'Vorlage verwenden' }).click();
    const editorSteps = page.locator('.editor-content .process-step');
    await expect.poll(() => editorSteps.count()).toBe(2);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\/artikel\/[^/]+\/bearbeiten$/);
    const slug = new URL(page.url()).pathname.split('/')[2] ?? '';

    // Now the body is the shared document: change the role of step 2 in the dialog.
    await expect.poll(() => editorSteps.count()).toBe(2);
    const editButton = page.getByRole('button', { name: 'Prozessschritt bearbeiten' });
    expect(await editButton.isDisabled()).toBe(true);
    await editorSteps.nth(1).locator('.process-step__content p').click();
    await editButton.click();
    const dialog = page.getByRole('dialog', { name: 'Prozessschritt bearbeiten' });
    expect(await dialog.getByLabel('Titel').inputValue()).toBe('Beratung durchführen');
    await dialog.getByLabel('Zuständig (Rolle oder Team)').fill('Leistungsabteilung');
    await dialog.getByRole('button', { name: 'Unterlage hinzufügen' }).click();
    await dialog.getByLabel('Bezeichnung').fill('Antrag');
    await dialog.getByLabel('Link').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Übernehmen' }).click();
    await dialog.getByRole('alert').waitFor();
    await dialog.getByLabel('Link').fill('https://www.arbeitsagentur.de/antrag.pdf');
    await dialog.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(() => editorSteps.nth(1).locator('.process-step__meta').textContent())
      .toContain('Leistungsabteilung');

    // A third step after step 2, with its own role.
    await page.getByRole('button', { name: 'Prozessschritt einfügen' }).click();
    await dialog.getByLabel('Titel').fill('Bescheid versenden');
    await dialog.getByLabel('Zuständig (Rolle oder Team)').fill('Eingangszone');
    await dialog.getByRole('button', { name: 'Übernehmen' }).click();
    await page.keyboard.type('Bescheid per Post senden.');
    await expect.poll(() => editorSteps.count()).toBe(3);

    // The server stores the shared document; the reader view shows the new roles.
    const stored = async () => {
      const response = await page.request.post(`${wiki.url}/graphql`, {
        data: { query: `{ article(slug: "${slug}") { kind bodyText } }` },
      });
      const json = (await response.json()) as { data?: { article?: { kind: string; bodyText: string } } };
      return json.data?.article;
    };
    await expect
      .poll(async () => (await stored())?.bodyText ?? '', { timeout: 30_000 })
      .toContain('Bescheid per Post senden.');
    expect((await stored())?.kind).toBe('PROCESS');

    await page.goto(`${wiki.url}/artikel/${slug}`);
    await page
      .getByRole('tablist', { name: 'Ansichten des Ablaufs' })
      .getByRole('tab', { name: 'Wer macht was' })
      .click();
    const groups = page.locator('.process-role');
    expect(await groups.evaluateAll((items) => items.map((item) => item.getAttribute('data-role')))).toEqual([
      'Eingangszone',
      'Leistungsabteilung',
    ]);
    expect(await groups.nth(0).getByRole('link').allTextContents()).toEqual([
      'Schritt 1: Anliegen aufnehmen',
      'Schritt 3: Bescheid versenden',
    ]);
    await page.close();
  });
});
