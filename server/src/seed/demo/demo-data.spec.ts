import { describe, expect, it } from 'vitest';
import {
  demoAgencies,
  demoArticles,
  demoCategories,
  demoProgramme,
  demoProjects,
  demoTopics,
  demoUsers,
} from './index';
import type { DemoCategory, DocNode } from './types';

function flattenCategories(categories: DemoCategory[]): DemoCategory[] {
  return categories.flatMap((category) => [category, ...flattenCategories(category.children ?? [])]);
}

function walk(node: DocNode, visit: (node: DocNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

function collect(node: DocNode, type: string): DocNode[] {
  const found: DocNode[] = [];
  walk(node, (n) => {
    if (n.type === type) found.push(n);
  });
  return found;
}

function countWords(node: DocNode): number {
  let words = 0;
  walk(node, (n) => {
    if (n.type === 'text' && n.text) words += n.text.split(/\s+/).filter(Boolean).length;
  });
  return words;
}

const allCategories = flattenCategories(demoCategories);
const categorySlugs = new Set(allCategories.map((category) => category.slug));

describe('demo data set', () => {
  it('has enough articles and tables', () => {
    expect(demoArticles.length).toBeGreaterThanOrEqual(34);
    const withTable = demoArticles.filter((article) => collect(article.body, 'table').length > 0);
    expect(withTable.length).toBeGreaterThanOrEqual(12);
  });

  it('has the documented demo logins first', () => {
    expect(demoUsers.slice(0, 3).map((user) => [user.email, user.role])).toEqual([
      ['admin@wissensnetz.example', 'ADMIN'],
      ['redaktion@wissensnetz.example', 'EDITOR'],
      ['lesen@wissensnetz.example', 'READER'],
    ]);
  });

  it('has unique user e-mails that belong to known agencies', () => {
    const emails = demoUsers.map((user) => user.email);
    expect(new Set(emails).size).toBe(emails.length);
    const agencyKeys = new Set(demoAgencies.map((agency) => agency.key));
    expect(agencyKeys.size).toBe(demoAgencies.length);
    for (const user of demoUsers) expect(agencyKeys, user.email).toContain(user.agencyKey);
  });

  it('has unique, lowercase ascii category slugs', () => {
    expect(categorySlugs.size).toBe(allCategories.length);
    for (const category of allCategories) {
      expect(category.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('assigns every article to an existing category', () => {
    for (const article of demoArticles) {
      expect(categorySlugs, article.title).toContain(article.categorySlug);
    }
  });

  it('has owners that exist and are EDITOR or ADMIN', () => {
    const usersByEmail = new Map(demoUsers.map((user) => [user.email, user]));
    for (const article of demoArticles) {
      const owner = usersByEmail.get(article.ownerEmail);
      expect(owner, `${article.title}: ${article.ownerEmail}`).toBeDefined();
      expect(['EDITOR', 'ADMIN'], article.title).toContain(owner?.role);
    }
  });

  it('has unique titles', () => {
    const titles = demoArticles.map((article) => article.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('covers the required status and visibility mix', () => {
    const count = (predicate: (a: (typeof demoArticles)[number]) => boolean): number =>
      demoArticles.filter(predicate).length;
    expect(count((a) => a.status === 'DRAFT')).toBeGreaterThanOrEqual(1);
    expect(count((a) => a.status === 'ARCHIVED')).toBeGreaterThanOrEqual(1);
    expect(count((a) => a.visibility === 'PUBLIC')).toBeGreaterThanOrEqual(6);
    expect(count((a) => a.tags.includes('leichte sprache'))).toBeGreaterThanOrEqual(3);
  });

  it('uses lowercase tags', () => {
    for (const article of demoArticles) {
      expect(article.tags.length, article.title).toBeGreaterThan(0);
      for (const tag of article.tags) expect(tag, article.title).toBe(tag.toLowerCase());
    }
  });

  it('has documents with a doc root and real content', () => {
    for (const article of demoArticles) {
      expect(article.body.type, article.title).toBe('doc');
      expect(collect(article.body, 'heading').length, article.title).toBeGreaterThan(0);
      expect(countWords(article.body), article.title).toBeGreaterThanOrEqual(100);
    }
  });

  it('contains no empty text nodes', () => {
    for (const article of demoArticles) {
      for (const node of collect(article.body, 'text')) {
        expect(typeof node.text, article.title).toBe('string');
        expect(node.text?.length ?? 0, article.title).toBeGreaterThan(0);
      }
    }
  });

  it('only uses heading levels 1-4', () => {
    for (const article of demoArticles) {
      for (const heading of collect(article.body, 'heading')) {
        expect([1, 2, 3, 4], article.title).toContain(heading.attrs?.level);
      }
    }
  });

  it('has tables whose rows match the header width', () => {
    for (const article of demoArticles) {
      for (const tableNode of collect(article.body, 'table')) {
        const rows = tableNode.content ?? [];
        expect(rows.length, article.title).toBeGreaterThan(1);
        const width = rows[0]?.content?.length ?? 0;
        expect(width, article.title).toBeGreaterThan(0);
        expect(
          rows[0]?.content?.every((c) => c.type === 'tableHeader'),
          article.title,
        ).toBe(true);
        for (const row of rows) {
          expect(row.type, article.title).toBe('tableRow');
          expect(row.content?.length, article.title).toBe(width);
          for (const cellNode of row.content ?? []) {
            expect(cellNode.content?.[0]?.type, article.title).toBe('paragraph');
          }
        }
      }
    }
  });

  it('builds list items that start with a paragraph', () => {
    for (const article of demoArticles) {
      for (const type of ['listItem', 'taskItem']) {
        for (const item of collect(article.body, type)) {
          expect(item.content?.[0]?.type, article.title).toBe('paragraph');
        }
      }
    }
  });

  it('uses only known callout variants and https/mailto links', () => {
    for (const article of demoArticles) {
      for (const calloutNode of collect(article.body, 'callout')) {
        expect(['info', 'warning', 'success', 'note'], article.title).toContain(calloutNode.attrs?.variant);
      }
      walk(article.body, (node) => {
        for (const mark of node.marks ?? []) {
          if (mark.type !== 'link') continue;
          expect(String(mark.attrs?.href), article.title).toMatch(/^(https:\/\/|mailto:)/);
        }
      });
    }
  });

  it('has one programme with 4 known agencies and its events', () => {
    const agencyKeys = new Set(demoAgencies.map((agency) => agency.key));
    expect(demoProgramme.name).toBe('Interkulturelle Öffnung 4.0 – 2020/21');
    expect(demoProgramme.agencyKeys).toHaveLength(4);
    for (const key of demoProgramme.agencyKeys) expect(agencyKeys).toContain(key);
    expect(demoProgramme.events.map((event) => event.kind)).toEqual(['KICK_OFF', 'SEMINAR', 'SEMINAR', 'FINAL_EVENT']);
  });

  it('has at least 6 projects in different states that the services accept', () => {
    expect(demoProjects.length).toBeGreaterThanOrEqual(6);
    expect(new Set(demoProjects.map((project) => project.statusPath.at(-1))).size).toBeGreaterThanOrEqual(5);
    const published = demoProjects.filter((project) => project.published);
    expect(published.length).toBeGreaterThanOrEqual(2);
    const articles = new Map(demoArticles.map((article) => [article.title, article]));
    const emails = new Set(demoUsers.map((user) => user.email));
    for (const project of demoProjects) {
      expect(demoProgramme.agencyKeys, project.title).toContain(project.agencyKey);
      expect(demoTopics, project.title).toContain(project.topic);
      expect(emails, project.title).toContain(project.creatorEmail);
      expect(project.statusPath[0], project.title).toBe('IDEA');
      if (project.published) {
        expect(project.visibility, project.title).toBe('PUBLIC');
        expect(project.statusPath.at(-1), project.title).toBe('COMPLETED');
      }
      expect(project.milestones.filter((m) => m.kind === 'COACHING').length, project.title).toBeLessThanOrEqual(6);
      for (const link of project.articles) expect(articles.has(link.title), link.title).toBe(true);
      for (const title of project.inspiredBy ?? []) expect(demoProjects.map((p) => p.title)).toContain(title);
    }
    // The no-leak rule needs an internal article linked from a published project.
    const internalLinked = published.flatMap((project) =>
      project.articles.filter((link) => articles.get(link.title)?.visibility === 'INTERNAL'),
    );
    expect(internalLinked.length).toBeGreaterThan(0);
  });

  it('has at least 5 process articles whose steps have roles and branches to existing steps', () => {
    const processes = demoArticles.filter((article) => article.kind === 'PROCESS');
    expect(processes.length).toBeGreaterThanOrEqual(5);
    for (const article of processes) {
      const steps = collect(article.body, 'processStep');
      expect(steps.length, article.title).toBeGreaterThanOrEqual(4);
      expect(new Set(steps.map((step) => step.attrs?.responsible)).size, article.title).toBeGreaterThanOrEqual(2);
      for (const step of steps) expect(step.attrs?.responsible, article.title).not.toBe('');
      const targets = steps.flatMap((step) =>
        (step.attrs?.branches as { targetStep: number }[]).map((b) => b.targetStep),
      );
      for (const target of targets) expect(target, article.title).toBeLessThanOrEqual(steps.length);
    }
    expect(
      processes.some((article) => collect(article.body, 'processStep').some((s) => s.attrs?.legalBasis !== '')),
    ).toBe(true);
  });
});
