import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedService } from '../../src/seed/seed.service';
import { INTEGRATIONSKURS } from '../../src/seed/demo/language-versions';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../test-app';

interface Row {
  variant: string;
  language: string;
  status: string;
  sourceTitle: string;
}

describe('demo language versions', () => {
  let ctx: TestApp;
  let reader: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp({ env: { REVIEW_SWEEP_MINUTES: '0' } });
    await ctx.app.get(SeedService).seedIfEmpty();
    reader = await ctx.newUser(Role.READER);
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('seeds published Leichte Sprache versions of 5 articles and Arabic/Farsi translations of 3', async () => {
    const rows = await ctx.dataSource.query<Row[]>(
      `SELECT v.variant, a.language, a.status, s.title AS "sourceTitle"
         FROM article_language_version v JOIN article a ON a.id = v."articleId" JOIN article s ON s.id = v."sourceArticleId"`,
    );
    expect(rows.every((row) => row.status === 'PUBLISHED')).toBe(true);
    const sources = (match: (row: Row) => boolean) => new Set(rows.filter(match).map((row) => row.sourceTitle)).size;
    expect(sources((row) => row.variant === 'LEICHTE_SPRACHE' && row.language === 'de')).toBe(5);
    expect(sources((row) => row.variant === 'TRANSLATION' && ['ar', 'fa'].includes(row.language))).toBe(3);
  });

  it('shows readers the group of the Integrationskurs and "source changed" with the added section', async () => {
    const [source] = await ctx.dataSource.query<{ id: string }[]>(`SELECT id FROM article WHERE title = $1`, [
      INTEGRATIONSKURS,
    ]);
    const data = await reader.client.expectData<{
      article: { languageVersions: { language: string; variant: string | null; article: { id: string } }[] };
    }>(`query ($id: ID!) { article(id: $id) { languageVersions { language variant article { id } } } }`, {
      id: source?.id,
    });
    const versions = data.article.languageVersions;
    expect(versions.map((version) => version.variant ?? version.language)).toEqual([
      'de',
      'LEICHTE_SPRACHE',
      'TRANSLATION',
      'TRANSLATION',
    ]);
    expect(versions.map((version) => version.language)).toEqual(['de', 'de', 'ar', 'fa']);
    const arabic = await reader.client.expectData<{
      article: {
        languageVersion: {
          sourceChanged: boolean;
          sourceChanges: { blocks: { change: string; segments: { text: string }[] }[] };
        };
      };
    }>(
      `query ($id: ID!) { article(id: $id) { languageVersion { sourceChanged sourceChanges { blocks { change segments { text } } } } } }`,
      { id: versions[2]?.article.id },
    );
    expect(arabic.article.languageVersion.sourceChanged).toBe(true);
    const added = arabic.article.languageVersion.sourceChanges.blocks.filter((block) => block.change === 'ADDED');
    expect(added.map((block) => block.segments.map((segment) => segment.text).join('')).join(' ')).toContain(
      'BAMF-NAvI',
    );
  });
});
