import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, sampleBody, startTestApp, type SignedInUser, type TestApp } from '../../test/test-app';
import { SearchIndexWorker } from '../search/search-index.worker';

const CREATE = `mutation ($input: CreateLanguageVersionInput!) {
  createLanguageVersion(input: $input) { id slug title language status body revisionNumber } }`;
const MARK = `mutation ($id: ID!) { markLanguageVersionCurrent(articleId: $id) { id } }`;
const VERSION = `query ($id: ID!) { article(id: $id) {
  id language
  languageVersions { isSource variant language article { id slug } }
  languageVersion { variant language sourceArticleId sourceRevisionNumber sourceLatestRevisionNumber sourceChanged
    source { id title }
    sourceChanges { fromRevisionNumber toRevisionNumber titleChanged blocks { change kind segments { change text } } } } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { revisionNumber } }`;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id) { revisionNumber } }`;

interface Created {
  createLanguageVersion: {
    id: string;
    slug: string;
    title: string;
    language: string;
    status: string;
    body: unknown;
    revisionNumber: number;
  };
}
interface VersionData {
  article: {
    id: string;
    language: string;
    languageVersions: {
      isSource: boolean;
      variant: string | null;
      language: string;
      article: { id: string; slug: string };
    }[];
    languageVersion: null | {
      variant: string;
      language: string;
      sourceArticleId: string;
      sourceRevisionNumber: number;
      sourceLatestRevisionNumber: number;
      sourceChanged: boolean;
      source: { id: string; title: string } | null;
      sourceChanges: null | {
        fromRevisionNumber: number;
        toRevisionNumber: number;
        titleChanged: boolean;
        blocks: { change: string; kind: string; segments: { change: string; text: string }[] }[];
      };
    };
  };
}

describe('language versions', () => {
  let ctx: TestApp;
  let editor: SignedInUser;
  let admin: SignedInUser;
  let reader: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp();
    [editor, admin, reader] = await Promise.all([
      ctx.newUser(Role.EDITOR),
      ctx.newUser(Role.ADMIN),
      ctx.newUser(Role.READER),
    ]);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  const create = (user: SignedInUser, input: Record<string, unknown>) =>
    user.client.request<Created>(CREATE, { input });
  const load = async (user: SignedInUser, id: string) =>
    (await user.client.expectData<VersionData>(VERSION, { id })).article;

  it('creates a Leichte Sprache version with a copy of the source and links the group', async () => {
    const source = await ctx.newArticle(editor.client, {
      title: 'Bürgergeld beantragen',
      body: sampleBody('Die Antragstellung erfolgt bei der zuständigen Stelle.'),
    });
    const result = await create(editor, { sourceArticleId: source.id, variant: 'LEICHTE_SPRACHE' });
    expect(result.errors).toBeUndefined();
    const version = result.data!.createLanguageVersion;
    expect(version).toMatchObject({
      language: 'de',
      status: 'DRAFT',
      title: 'Bürgergeld beantragen',
      revisionNumber: 1,
    });
    expect(version.slug).toMatch(/-leichte-sprache$/);
    expect(JSON.stringify(version.body)).toContain('Die Antragstellung erfolgt');

    const loaded = await load(editor, version.id);
    expect(loaded.languageVersion).toMatchObject({
      variant: 'LEICHTE_SPRACHE',
      sourceArticleId: source.id,
      sourceRevisionNumber: source.revisionNumber,
      sourceChanged: false,
      sourceChanges: null,
      source: { id: source.id },
    });
    const group = (await load(editor, source.id)).languageVersions;
    expect(group.map((member) => [member.article.id, member.isSource, member.variant])).toEqual([
      [source.id, true, null],
      [version.id, false, 'LEICHTE_SPRACHE'],
    ]);
    expect((await load(editor, source.id)).languageVersion).toBeNull();
  });

  it('creates translations with their language, hangs versions of versions off the source, refuses duplicates and bad languages', async () => {
    const source = await ctx.newArticle(editor.client, { title: 'Termin verpasst' });
    const arabic = (
      await create(admin, { sourceArticleId: source.id, variant: 'TRANSLATION', language: 'ar', title: 'موعد فائت' })
    ).data!.createLanguageVersion;
    expect(arabic).toMatchObject({ language: 'ar', title: 'موعد فائت' });
    expect(arabic.slug).toMatch(/-ar$/);

    // made from the Arabic version, the Farsi one still belongs to the German source
    const farsi = (await create(editor, { sourceArticleId: arabic.id, variant: 'TRANSLATION', language: 'fa' })).data!
      .createLanguageVersion;
    expect((await load(editor, farsi.id)).languageVersion?.sourceArticleId).toBe(source.id);
    expect((await load(editor, arabic.id)).languageVersions.map((member) => member.language)).toEqual([
      'de',
      'ar',
      'fa',
    ]);

    const duplicate = await create(editor, { sourceArticleId: source.id, variant: 'TRANSLATION', language: 'ar' });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LANGUAGE_VERSION_ALREADY_EXISTS',
    });
    for (const input of [
      { variant: 'TRANSLATION' },
      { variant: 'TRANSLATION', language: 'xx' },
      { variant: 'TRANSLATION', language: 'de' },
      { variant: 'LEICHTE_SPRACHE', language: 'en' },
    ]) {
      const refused = await create(editor, { sourceArticleId: source.id, ...input });
      expect(refused.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    const missing = await create(editor, {
      sourceArticleId: '00000000-0000-4000-8000-000000000000',
      variant: 'LEICHTE_SPRACHE',
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('flags "source changed" after an edit of the source, not after publishing, and clears it when marked current', async () => {
    const source = await ctx.newArticle(editor.client, { body: sampleBody('Bringen Sie Ihren Ausweis mit.') });
    const version = (await create(editor, { sourceArticleId: source.id, variant: 'EINFACHE_SPRACHE' })).data!
      .createLanguageVersion;

    // a revision that changes only the status is no content change
    const published = await editor.client.expectData<{ publishArticle: { revisionNumber: number } }>(PUBLISH, {
      id: source.id,
    });
    expect(published.publishArticle.revisionNumber).toBeGreaterThan(source.revisionNumber);
    expect((await load(editor, version.id)).languageVersion?.sourceChanged).toBe(false);

    const updated = await editor.client.expectData<{ updateArticle: { revisionNumber: number } }>(UPDATE, {
      id: source.id,
      input: {
        baseRevision: published.publishArticle.revisionNumber,
        body: sampleBody('Bringen Sie Ihren Ausweis und den Mietvertrag mit.'),
      },
    });
    const changed = (await load(editor, version.id)).languageVersion;
    expect(changed).toMatchObject({
      sourceChanged: true,
      sourceRevisionNumber: source.revisionNumber,
      sourceLatestRevisionNumber: updated.updateArticle.revisionNumber,
    });
    expect(changed?.sourceChanges).toMatchObject({
      fromRevisionNumber: source.revisionNumber,
      toRevisionNumber: updated.updateArticle.revisionNumber,
      titleChanged: false,
    });
    const paragraph = changed?.sourceChanges?.blocks.find((block) => block.change === 'CHANGED');
    expect(
      paragraph?.segments
        .filter((segment) => segment.change === 'ADDED')
        .map((segment) => segment.text)
        .join(''),
    ).toContain('Mietvertrag');

    expect((await editor.client.request(MARK, { id: version.id })).errors).toBeUndefined();
    expect((await load(editor, version.id)).languageVersion).toMatchObject({
      sourceChanged: false,
      sourceRevisionNumber: updated.updateArticle.revisionNumber,
      sourceChanges: null,
    });
    expect((await editor.client.request(MARK, { id: source.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets only editors and admins create and mark versions; readers see only published ones and no hidden source', async () => {
    const source = await ctx.newArticle(editor.client, { body: sampleBody('Quelle, noch im Entwurf.') });
    const input = { sourceArticleId: source.id, variant: 'TRANSLATION', language: 'uk' };
    expect((await create(reader, input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await ctx.anonymous().errorCode(CREATE, { input })).toBe('UNAUTHENTICATED');

    const version = (await create(editor, input)).data!.createLanguageVersion;
    const easy = (await create(editor, { sourceArticleId: source.id, variant: 'LEICHTE_SPRACHE' })).data!
      .createLanguageVersion;
    expect((await reader.client.request(MARK, { id: version.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await ctx.anonymous().errorCode(MARK, { id: version.id })).toBe('UNAUTHENTICATED');

    // the Ukrainian version is published, the source and the Leichte Sprache version stay drafts
    await editor.client.expectData(PUBLISH, { id: version.id });
    await editor.client.expectData(UPDATE, {
      id: source.id,
      input: { baseRevision: source.revisionNumber, body: sampleBody('Quelle, geändert.') },
    });
    const seen = await load(reader, version.id);
    expect(seen.languageVersions.map((member) => member.article.id)).toEqual([version.id]);
    expect(seen.languageVersion).toMatchObject({ sourceChanged: true, source: null, sourceChanges: null });
    expect((await reader.client.request(VERSION, { id: easy.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await load(editor, version.id)).languageVersions).toHaveLength(3);
  });

  it('indexes a version for search with its language', async () => {
    const source = await ctx.newArticle(editor.client, { title: 'Kindergeld Zuschlag Übersicht' });
    const version = (
      await create(editor, {
        sourceArticleId: source.id,
        variant: 'TRANSLATION',
        language: 'fa',
        title: 'کمک هزینه فرزند Kindergeld',
      })
    ).data!.createLanguageVersion;
    await ctx.app.get(SearchIndexWorker).drain();
    const result = await editor.client.expectData<{ search: { hits: { title: string; url: string }[] } }>(
      `query { search(query: "Kindergeld", filter: { languages: ["fa"] }) { hits { title url } } }`,
    );
    expect(result.search.hits.map((hit) => hit.title)).toEqual([version.title]);
  });
});
