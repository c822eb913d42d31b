import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedService } from '../../src/seed/seed.service';
import { demoArticles, demoProjects } from '../../src/seed/demo';
import { startTestApp, type TestApp } from '../test-app';

describe('demo projects', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await startTestApp();
    expect((await ctx.app.get(SeedService).seedIfEmpty()).length).toBeGreaterThan(0);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('seeds one programme with 4 agencies, its events and the projects in different states', async () => {
    const data = await ctx.anonymous().expectData<{
      programmes: { name: string; agencies: { name: string }[]; events: { kind: string }[] }[];
    }>('{ programmes { name agencies { name } events { kind } } }');
    expect(data.programmes).toHaveLength(1);
    expect(data.programmes[0]?.agencies).toHaveLength(4);
    expect(data.programmes[0]?.events.map((event) => event.kind)).toEqual([
      'KICK_OFF',
      'SEMINAR',
      'SEMINAR',
      'FINAL_EVENT',
    ]);
    const counts = await ctx.dataSource.query<{ status: string; n: number }[]>(
      'SELECT status::text AS status, count(*)::int AS n FROM project GROUP BY status',
    );
    expect(counts.reduce((sum, row) => sum + row.n, 0)).toBe(demoProjects.length);
    expect(new Set(counts.map((row) => row.status)).size).toBeGreaterThanOrEqual(5);
  });

  it('publishes the completed public projects without their internal linked articles', async () => {
    const list = await ctx
      .anonymous()
      .expectData<{ publicProjects: { items: { slug: string; year: number }[] } }>(
        '{ publicProjects { items { slug year } } }',
      );
    expect(list.publicProjects.items.length).toBeGreaterThanOrEqual(2);
    expect(list.publicProjects.items.every((item) => item.year === 2021)).toBe(true);
    const internalTitles = demoArticles
      .filter((a) => a.visibility === 'INTERNAL' || a.status !== 'PUBLISHED')
      .map((a) => a.title);
    let publicLinks = 0;
    for (const item of list.publicProjects.items) {
      const result = await ctx
        .anonymous()
        .request<{ publicProject: { articles: unknown[] } }>(
          'query ($s: String!) { publicProject(slug: $s) { title articles { title slug kind } inspiredBy { title } } }',
          { s: item.slug },
        );
      publicLinks += result.data?.publicProject.articles.length ?? 0;
      for (const title of internalTitles) expect(result.text, `${item.slug} names ${title}`).not.toContain(title);
    }
    expect(publicLinks).toBeGreaterThan(0);
  });
});
