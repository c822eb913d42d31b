import { listContactCardEntryIds, validateDocument } from '@wissensnetz/editor';
import { describe, expect, it } from 'vitest';
import { Visibility } from '../../articles/article-status';
import { DirectoryEntryKind } from '../../directory/directory-entry-kind';
import { contactCard, demoContactCardNames, demoEntryPlaceholderId, resolveDemoContactCards } from './contact-cards';
import { doc, p } from './doc-builders';
import { demoDirectoryEntries } from './directory';
import { demoArticles, demoProjects } from './index';

const entryNames = demoDirectoryEntries.map((entry) => entry.input.name);
const entryByName = new Map(demoDirectoryEntries.map((entry) => [entry.input.name, entry.input]));
const cardsOf = (title: string): string[] => {
  const article = demoArticles.find((candidate) => candidate.title === title);
  if (!article) throw new Error(`No demo article "${title}"`);
  return demoContactCardNames(article.body, entryNames);
};

describe('contact cards in the demo articles', () => {
  it('name only demo directory entries (demoContactCardNames throws otherwise)', () => {
    const withCards = demoArticles.filter((article) => demoContactCardNames(article.body, entryNames).length > 0);
    expect(withCards.length).toBeGreaterThanOrEqual(2);
  });

  it('also appear in a project description, naming demo entries only', () => {
    const names = demoProjects.flatMap((project) => demoContactCardNames(project.body, entryNames));
    expect(names).toContain('Eritreischer Kulturverein Beispiel e. V.');
  });

  it('show 2–3 course providers in the Esslingen article and migrant organisations in the Ulm article', () => {
    const esslingen = cardsOf('Berufssprachkurse im Raum Esslingen: Anbieter im Überblick');
    expect(esslingen.length).toBeGreaterThanOrEqual(2);
    expect(esslingen.length).toBeLessThanOrEqual(3);
    expect(esslingen.every((name) => entryByName.get(name)?.kind === DirectoryEntryKind.COURSE_PROVIDER)).toBe(true);

    const ulm = cardsOf('Migrantenorganisationen in Ulm und im Alb-Donau-Kreis');
    const organisations = ulm.filter((name) => entryByName.get(name)?.kind === DirectoryEntryKind.MIGRANT_ORGANISATION);
    expect(organisations.length).toBeGreaterThanOrEqual(2);
  });

  it('never show an INTERNAL entry in a PUBLIC article (anonymous readers would see an empty card)', () => {
    for (const article of demoArticles.filter((candidate) => candidate.visibility === 'PUBLIC')) {
      for (const name of demoContactCardNames(article.body, entryNames)) {
        expect(entryByName.get(name)?.visibility, `${article.title}: ${name}`).toBe(Visibility.PUBLIC);
      }
    }
  });
});

describe('resolveDemoContactCards', () => {
  it('swaps the stand-in ids for the seeded ids and keeps the document valid', () => {
    const seeded = '3f2b8c1a-0d4e-4f6a-9b7c-1e2d3c4b5a69';
    const body = doc(p('Kontakt:'), contactCard('Sprachschule Beispiel gGmbH'));

    expect(validateDocument(body).ok).toBe(true);
    const resolved = resolveDemoContactCards(body, new Map([['Sprachschule Beispiel gGmbH', seeded]]));
    expect(listContactCardEntryIds(resolved)).toEqual([seeded]);
    expect(listContactCardEntryIds(body)).toEqual([demoEntryPlaceholderId('Sprachschule Beispiel gGmbH')]);
  });

  it('fails for a card whose entry was not seeded', () => {
    expect(() => resolveDemoContactCards(doc(contactCard('Unbekannt e. V.')), new Map())).toThrow(
      /names no seeded entry/,
    );
  });
});
