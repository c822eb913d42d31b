import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedService } from '../../src/seed/seed.service';
import { startTestApp, type TestApp } from '../test-app';

const MATERIALS = `query ($filter: MaterialsFilter) { materials(filter: $filter, first: 50) {
  totalCount availableLanguages items { article { title visibility } files { title language easyLanguage downloadUrl } } } }`;

interface MaterialsData {
  materials: {
    totalCount: number;
    availableLanguages: string[];
    items: {
      article: { title: string; visibility: string };
      files: { title: string; language: string; easyLanguage: string; downloadUrl: string }[];
    }[];
  };
}

describe('demo material', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await startTestApp({ env: { REVIEW_SWEEP_MINUTES: '0' } });
    await ctx.app.get(SeedService).seedIfEmpty();
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('shows anonymous visitors the public material with downloadable files in several languages', async () => {
    const data = await ctx.anonymous().expectData<MaterialsData>(MATERIALS);
    expect(data.materials.items.every((item) => item.article.visibility === 'PUBLIC')).toBe(true);
    expect(data.materials.totalCount).toBeGreaterThanOrEqual(2);
    expect(data.materials.availableLanguages).toEqual(expect.arrayContaining(['ar', 'de', 'en', 'fa', 'tr', 'uk']));
    const easy = await ctx
      .anonymous()
      .expectData<MaterialsData>(MATERIALS, { filter: { easyLanguage: 'LEICHTE_SPRACHE' } });
    const easyFile = easy.materials.items[0]?.files[0];
    expect(easyFile?.easyLanguage).toBe('LEICHTE_SPRACHE');
    const response = await fetch(`${ctx.url}${easyFile?.downloadUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
