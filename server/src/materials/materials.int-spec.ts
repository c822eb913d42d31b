import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphqlClient } from '../../test/graphql-client';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../../test/test-app';
import { SearchIndexWorker } from '../search/search-index.worker';
import { tinyPdf, tinyPng } from '../seed/demo/material-files';

const MAX_BYTES = 4096;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id) { status } }`;
const FILES = `query ($slug: String!) { article(slug: $slug) { materialFiles { id title language licence licenceNote easyLanguage fileName mediaType sizeBytes sha256 downloadUrl uploadedBy { displayName } } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateMaterialFileInput!) { updateMaterialFile(id: $id, input: $input) { id title language licence licenceNote easyLanguage } }`;
const DELETE = `mutation ($id: ID!) { deleteMaterialFile(id: $id) { id } }`;
const MATERIALS = `query ($filter: MaterialsFilter) { materials(filter: $filter, first: 50) { totalCount availableLanguages items { article { id title } files { id language easyLanguage } } } }`;

interface UploadedFile {
  id: string;
  title: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  language: string;
  licence: string;
  easyLanguage: string;
  downloadUrl: string;
}

interface MaterialsResult {
  materials: {
    totalCount: number;
    availableLanguages: string[];
    items: {
      article: { id: string; title: string };
      files: { id: string; language: string; easyLanguage: string }[];
    }[];
  };
}

describe('material files', () => {
  let ctx: TestApp;
  let editor: SignedInUser;
  let admin: SignedInUser;
  let reader: SignedInUser;

  async function upload(
    articleId: string,
    file: { bytes: Buffer; name: string },
    fields: Record<string, string> = {},
    options: { client?: GraphqlClient; header?: boolean } = {},
  ): Promise<{ status: number; body: { error?: { code: string; reason: string } } & Partial<UploadedFile> }> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([file.bytes]), file.name);
    const client = options.client ?? editor.client;
    const response = await fetch(`${ctx.url}/api/material/artikel/${articleId}/dateien`, {
      method: 'POST',
      headers: {
        ...(client.cookie ? { cookie: client.cookie } : {}),
        ...(options.header === false ? {} : { 'x-requested-with': 'Wissensnetz' }),
      },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as never };
  }

  const download = (path: string, client?: GraphqlClient): Promise<Response> =>
    fetch(`${ctx.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  async function materialArticle(overrides: Record<string, unknown> = {}, publish = true) {
    const article = await ctx.newArticle(editor.client, { kind: 'MATERIAL', ...overrides });
    if (publish) await editor.client.expectData(PUBLISH, { id: article.id });
    return article;
  }

  beforeAll(async () => {
    ctx = await startTestApp({ env: { MATERIAL_MAX_FILE_BYTES: String(MAX_BYTES) } });
    editor = await ctx.newUser(Role.EDITOR);
    admin = await ctx.newUser(Role.ADMIN);
    reader = await ctx.newUser(Role.READER);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('lets editors and admins upload, and refuses anonymous visitors (401) and readers (403)', async () => {
    const article = await materialArticle();
    const pdf = { bytes: tinyPdf('Merkblatt'), name: 'Merkblatt Bürgergeld.pdf' };

    const anonymous = await upload(article.id, pdf, {}, { client: ctx.anonymous() });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error?.code).toBe('UNAUTHENTICATED');
    const asReader = await upload(article.id, pdf, {}, { client: reader.client });
    expect(asReader.status).toBe(403);
    expect(asReader.body.error?.code).toBe('FORBIDDEN');
    const withoutHeader = await upload(article.id, pdf, {}, { header: false });
    expect(withoutHeader.status).toBe(400);
    expect(withoutHeader.body.error?.reason).toBe('MATERIAL_MISSING_UPLOAD_HEADER');

    const byEditor = await upload(article.id, pdf, {
      title: 'Merkblatt Bürgergeld',
      language: 'ar',
      licence: 'CC_BY_4_0',
      easyLanguage: 'LEICHTE_SPRACHE',
    });
    expect(byEditor.status).toBe(201);
    expect(byEditor.body).toMatchObject({
      title: 'Merkblatt Bürgergeld',
      fileName: 'Merkblatt Bürgergeld.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.bytes.length,
      sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
      language: 'ar',
      licence: 'CC_BY_4_0',
      easyLanguage: 'LEICHTE_SPRACHE',
    });
    const byAdmin = await upload(
      article.id,
      { bytes: tinyPng(16, [200, 0, 0], (x) => x > 0.5), name: 'piktogramm.png' },
      {},
      { client: admin.client },
    );
    expect(byAdmin.status).toBe(201);
    // Defaults: title from the file name, German, all rights reserved, standard language.
    expect(byAdmin.body).toMatchObject({
      title: 'piktogramm',
      language: 'de',
      licence: 'ALL_RIGHTS_RESERVED',
      easyLanguage: 'NONE',
    });

    const limits = await ctx
      .anonymous()
      .expectData<{ materialUploadLimits: { maxFileBytes: number; extensions: string[] } }>(
        `{ materialUploadLimits { maxFileBytes extensions } }`,
      );
    expect(limits.materialUploadLimits.maxFileBytes).toBe(MAX_BYTES);
    expect(limits.materialUploadLimits.extensions).toEqual(
      expect.arrayContaining(['pdf', 'png', 'svg', 'docx', 'odt']),
    );

    const listed = await reader.client.expectData<{
      article: { materialFiles: UploadedFile[] & { uploadedBy: unknown }[] };
    }>(FILES, { slug: article.slug });
    expect(listed.article.materialFiles.map((file) => file.title)).toEqual(['Merkblatt Bürgergeld', 'piktogramm']);
  });

  it('refuses files that are too large (413), of a type not allowed or with a wrong extension (415), and bad metadata (400)', async () => {
    const article = await materialArticle();
    const tooLarge = await upload(article.id, {
      bytes: Buffer.concat([tinyPdf('x'), Buffer.alloc(MAX_BYTES)]),
      name: 'gross.pdf',
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error?.reason).toBe('MATERIAL_FILE_TOO_LARGE');

    const html = await upload(article.id, {
      bytes: Buffer.from('<html><script>alert(1)</script></html>'),
      name: 'seite.html',
    });
    expect(html.status).toBe(415);
    expect(html.body.error?.reason).toBe('MATERIAL_MEDIA_TYPE_NOT_ALLOWED');

    const disguised = await upload(article.id, { bytes: tinyPdf('x'), name: 'bild.png' });
    expect(disguised.status).toBe(415);
    expect(disguised.body.error?.reason).toBe('MATERIAL_EXTENSION_MISMATCH');

    const empty = await upload(article.id, { bytes: Buffer.alloc(0), name: 'leer.pdf' });
    expect(empty.status).toBe(400);

    const badLanguage = await upload(article.id, { bytes: tinyPdf('x'), name: 'a.pdf' }, { language: 'klingonisch' });
    expect(badLanguage.status).toBe(400);
    expect(badLanguage.body.error?.reason).toBe('MATERIAL_INVALID_METADATA');
    const otherWithoutNote = await upload(article.id, { bytes: tinyPdf('x'), name: 'a.pdf' }, { licence: 'OTHER' });
    expect(otherWithoutNote.status).toBe(400);

    const guide = await ctx.newArticle(editor.client);
    const notMaterial = await upload(guide.id, { bytes: tinyPdf('x'), name: 'a.pdf' });
    expect(notMaterial.status).toBe(400);
    expect(notMaterial.body.error?.reason).toBe('MATERIAL_NOT_MATERIAL_ARTICLE');

    const missing = await upload('00000000-0000-4000-8000-000000000000', { bytes: tinyPdf('x'), name: 'a.pdf' });
    expect(missing.status).toBe(404);

    const files = await editor.client.expectData<{ article: { materialFiles: unknown[] } }>(FILES, {
      slug: article.slug,
    });
    expect(files.article.materialFiles).toEqual([]);
  });

  it('serves downloads with type, disposition and nosniff, under the article visibility rules', async () => {
    const draft = await materialArticle({ visibility: 'PUBLIC' }, false);
    const internal = await materialArticle({ visibility: 'INTERNAL' });
    const open = await materialArticle({ visibility: 'PUBLIC' });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const inDraft = (await upload(draft.id, { bytes: tinyPdf('Entwurf'), name: 'entwurf.pdf' })).body;
    const inInternal = (await upload(internal.id, { bytes: tinyPdf('Intern'), name: 'intern.pdf' })).body;
    const inPublic = (await upload(open.id, { bytes: svg, name: 'Piktogramm Ärztin.svg' })).body;

    const response = await download(inPublic.downloadUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Piktogramm Aerztin.svg"; filename*=UTF-8''Piktogramm%20%C3%84rztin.svg`,
    );
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await response.arrayBuffer()).equals(svg)).toBe(true);
    const etag = response.headers.get('etag') ?? '';
    expect((await fetch(`${ctx.url}${inPublic.downloadUrl}`, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const status = async (path: string | undefined, client?: GraphqlClient) => (await download(path!, client)).status;
    expect(await status(inInternal.downloadUrl)).toBe(404);
    expect(await status(inInternal.downloadUrl, reader.client)).toBe(200);
    expect(await status(inDraft.downloadUrl)).toBe(404);
    expect(await status(inDraft.downloadUrl, reader.client)).toBe(404);
    expect(await status(inDraft.downloadUrl, editor.client)).toBe(200);
    expect(await status(inDraft.downloadUrl, admin.client)).toBe(200);
    expect(await status('/api/material/dateien/kein-uuid')).toBe(400);
  });

  it('edits metadata and deletes files through GraphQL (editors only)', async () => {
    const article = await materialArticle();
    const file = (await upload(article.id, { bytes: tinyPdf('Formular'), name: 'formular.pdf' })).body;

    expect(await reader.client.errorCode(UPDATE, { id: file.id, input: { title: 'Neu' } })).toBe('FORBIDDEN');
    expect(await ctx.anonymous().errorCode(DELETE, { id: file.id })).toBe('UNAUTHENTICATED');
    expect(await editor.client.errorCode(UPDATE, { id: file.id, input: { licence: 'OTHER' } })).toBe('BAD_USER_INPUT');
    expect(await editor.client.errorCode(UPDATE, { id: file.id, input: { language: 'xx' } })).toBe('BAD_USER_INPUT');

    const updated = await editor.client.expectData<{ updateMaterialFile: Record<string, unknown> }>(UPDATE, {
      id: file.id,
      input: {
        title: 'Antrag (Türkisch)',
        language: 'TR',
        licence: 'OTHER',
        licenceNote: 'Mit Genehmigung des BAMF',
        easyLanguage: 'EINFACHE_SPRACHE',
      },
    });
    expect(updated.updateMaterialFile).toMatchObject({
      title: 'Antrag (Türkisch)',
      language: 'tr',
      licence: 'OTHER',
      licenceNote: 'Mit Genehmigung des BAMF',
      easyLanguage: 'EINFACHE_SPRACHE',
    });

    expect(await reader.client.errorCode(DELETE, { id: file.id })).toBe('FORBIDDEN');
    await admin.client.expectData(DELETE, { id: file.id });
    expect((await download(file.downloadUrl!, editor.client)).status).toBe(404);
    expect(await editor.client.errorCode(DELETE, { id: file.id })).toBe('NOT_FOUND');
  });

  it('lists material filtered by file language, easy language and topic, within the viewer’s visibility', async () => {
    const parent = await ctx.newCategory('Material Eltern');
    const child = await ctx.newCategory('Material Kind', parent);
    const other = await ctx.newCategory('Anderes');
    const arabic = await materialArticle({
      title: 'Filter Arabisch',
      categoryId: child,
      tags: ['Kita'],
      visibility: 'PUBLIC',
    });
    const easy = await materialArticle({ title: 'Filter Leicht', categoryId: other, tags: ['kita'] });
    const draft = await materialArticle({ title: 'Filter Entwurf', categoryId: child }, false);
    await upload(arabic.id, { bytes: tinyPdf('a'), name: 'a.pdf' }, { language: 'ar' });
    await upload(
      arabic.id,
      { bytes: tinyPdf('b'), name: 'b.pdf' },
      { language: 'de', easyLanguage: 'LEICHTE_SPRACHE' },
    );
    await upload(easy.id, { bytes: tinyPdf('c'), name: 'c.pdf' }, { language: 'de', easyLanguage: 'LEICHTE_SPRACHE' });
    await upload(draft.id, { bytes: tinyPdf('d'), name: 'd.pdf' }, { language: 'fa' });

    const titles = async (client: GraphqlClient, filter: Record<string, unknown>) => {
      const result = await client.expectData<MaterialsResult>(MATERIALS, { filter });
      return result.materials.items.map((item) => item.article.title).filter((title) => title.startsWith('Filter'));
    };
    expect(await titles(reader.client, { language: 'ar' })).toEqual(['Filter Arabisch']);
    expect(await titles(reader.client, { easyLanguage: 'LEICHTE_SPRACHE' })).toEqual([
      'Filter Arabisch',
      'Filter Leicht',
    ]);
    expect(await titles(reader.client, { categoryId: parent })).toEqual(['Filter Arabisch']);
    expect(await titles(reader.client, { tag: 'Kita' })).toEqual(['Filter Arabisch', 'Filter Leicht']);
    expect(await titles(reader.client, { language: 'fa' })).toEqual([]);
    expect(await titles(editor.client, { language: 'fa' })).toEqual(['Filter Entwurf']);
    expect(await titles(ctx.anonymous(), { easyLanguage: 'LEICHTE_SPRACHE' })).toEqual(['Filter Arabisch']);

    // Only the matching files come along.
    const combined = await reader.client.expectData<MaterialsResult>(MATERIALS, {
      filter: { language: 'de', easyLanguage: 'LEICHTE_SPRACHE', categoryId: child },
    });
    expect(combined.materials.items).toHaveLength(1);
    expect(combined.materials.items[0]?.files).toEqual([
      expect.objectContaining({ language: 'de', easyLanguage: 'LEICHTE_SPRACHE' }),
    ]);
    expect(combined.materials.totalCount).toBe(1);

    const languages = async (client: GraphqlClient) =>
      (await client.expectData<MaterialsResult>(MATERIALS, {})).materials.availableLanguages;
    expect(await languages(reader.client)).not.toContain('fa');
    expect(await languages(editor.client)).toContain('fa');
    expect(await reader.client.errorCode(MATERIALS, { filter: { language: 'zz' } })).toBe('BAD_USER_INPUT');
  });

  it('makes the article findable by its file titles, and forgets a deleted file', async () => {
    const SEARCH = `query ($q: String!) { search(query: $q, first: 10) { hits { title } } }`;
    const article = await materialArticle({ title: 'Infoblatt Kinderbetreuung' });
    const file = (
      await upload(
        article.id,
        { bytes: tinyPdf('x'), name: 'x.pdf' },
        { title: 'Zwergenkoffer Piktogramme', easyLanguage: 'LEICHTE_SPRACHE' },
      )
    ).body;
    const worker = ctx.app.get(SearchIndexWorker);
    await worker.drain();
    const hits = async () =>
      (await reader.client.expectData<{ search: { hits: { title: string }[] } }>(SEARCH, { q: 'Zwergenkoffer' })).search
        .hits;
    expect((await hits()).map((hit) => hit.title)).toEqual(['Infoblatt Kinderbetreuung']);

    await editor.client.expectData(DELETE, { id: file.id });
    await worker.drain();
    expect(await hits()).toEqual([]);
  });
});
