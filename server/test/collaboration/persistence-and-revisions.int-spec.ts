import { validateDocument, yDocToDocument, type JSONContent } from '@wissensnetz/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDocumentName } from '../../src/collaboration/collaboration-document-name';
import { CollaborationServer } from '../../src/collaboration/collaboration.server';
import {
  appendParagraph,
  blockText,
  collaborationToken,
  connectSynced,
  storedDoc,
  waitFor,
  type CollaborationClient,
} from '../collaboration-client';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../test-app';
import { listRevisions, readArticle, restoreRevision, saveArticleVersion } from './article-operations';

const RICH_BODY: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ablauf' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Erst ' },
        { type: 'text', text: 'beantragen', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: ', dann ' },
        { type: 'text', text: 'BAMF', marks: [{ type: 'link', attrs: { href: 'https://www.bamf.de' } }] },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kurs' }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'B1' }] }] }],
        },
      ],
    },
    {
      type: 'callout',
      attrs: { variant: 'warning' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Frist!' }] }],
    },
  ],
};

function normalized(doc: JSONContent): JSONContent {
  const result = validateDocument(doc);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

const authorIds = (revision: { authors: { id: string }[] }) => revision.authors.map((author) => author.id).sort();

async function twoEditorsType(
  ctx: TestApp,
  articleId: string,
): Promise<[SignedInUser, SignedInUser, CollaborationClient[]]> {
  const first = await ctx.newUser(Role.EDITOR);
  const second = await ctx.newUser(Role.EDITOR);
  const name = articleDocumentName(articleId);
  const clients = [
    await connectSynced(ctx.url, name, { token: await collaborationToken(first.client) }),
    await connectSynced(ctx.url, name, { token: await collaborationToken(second.client) }),
  ];
  blockText(clients[0].doc, 1).insert(0, 'Erste ');
  blockText(clients[1].doc, 1).insert(0, 'Zweite ');
  return [first, second, clients];
}

describe('persistence and revisions (quiet timer 400 ms)', () => {
  let ctx: TestApp;
  let owner: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp({
      env: { COLLAB_QUIET_MS: '400', COLLAB_STORE_DEBOUNCE_MS: '50', COLLAB_STORE_MAX_WAIT_MS: '200' },
    });
    owner = await ctx.newUser(Role.EDITOR);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('migrates an article written before collaboration into Yjs on first open, without loss', async () => {
    const article = await ctx.newArticle(owner.client, { body: RICH_BODY });
    expect(await storedDoc(ctx.dataSource, article.id)).toBeNull();
    const client = await connectSynced(ctx.url, articleDocumentName(article.id), {
      token: await collaborationToken(owner.client),
    });
    try {
      expect(yDocToDocument(client.doc)).toEqual(normalized(RICH_BODY));
      appendParagraph(client.doc, 'Nachtrag');
      const expected = normalized({
        ...RICH_BODY,
        content: [...RICH_BODY.content!, { type: 'paragraph', content: [{ type: 'text', text: 'Nachtrag' }] }],
      });
      await waitFor(
        () => readArticle(owner.client, article.id),
        (a) => a.bodyText.includes('Nachtrag'),
        { what: 'store' },
      );
      expect((await readArticle(owner.client, article.id)).body).toEqual(expected);
      expect(yDocToDocument((await storedDoc(ctx.dataSource, article.id))!)).toEqual(expected);
    } finally {
      client.destroy();
    }
  });

  it('sends a restored revision to a connected editor without reconnecting', async () => {
    const article = await ctx.newArticle(owner.client, { body: RICH_BODY });
    const [original] = await listRevisions(owner.client, article.id);
    const client = await connectSynced(ctx.url, articleDocumentName(article.id), {
      token: await collaborationToken(owner.client),
    });
    try {
      blockText(client.doc, 0).delete(0, 'Ablauf'.length);
      blockText(client.doc, 0).insert(0, 'Überarbeitet');
      await waitFor(
        () => readArticle(owner.client, article.id),
        (a) => a.bodyText.includes('Überarbeitet'),
        { what: 'store' },
      );
      const opensBefore = client.opens;

      await restoreRevision(owner.client, original.id);

      await waitFor(
        () => JSON.stringify(yDocToDocument(client.doc)),
        (doc) => doc === JSON.stringify(normalized(RICH_BODY)),
        {
          what: 'the restored content in the open editor',
        },
      );
      expect(client.opens).toBe(opensBefore);
      expect(client.provider.isSynced).toBe(true);
      await waitFor(
        () => readArticle(owner.client, article.id),
        (a) => !a.bodyText.includes('Überarbeitet'),
        { what: 'store' },
      );
      expect((await readArticle(owner.client, article.id)).body).toEqual(normalized(RICH_BODY));
    } finally {
      client.destroy();
    }
  });

  it('takes a revision crediting both editors once editing goes quiet', async () => {
    const article = await ctx.newArticle(owner.client);
    const [first, second, clients] = await twoEditorsType(ctx, article.id);
    try {
      const revisions = await waitFor(
        () => listRevisions(owner.client, article.id),
        (list) => list.length === 2,
        {
          what: 'the quiet-timer revision',
        },
      );
      // Both editors are still connected: the quiet timer, not a disconnect, took it.
      expect(clients.every((client) => client.provider.isSynced)).toBe(true);
      expect(authorIds(revisions[0])).toEqual([first.user.id, second.user.id].sort());
      expect(JSON.stringify(revisions[0].body)).toContain('Erste');
      expect(JSON.stringify(revisions[0].body)).toContain('Zweite');
    } finally {
      for (const client of clients) client.destroy();
    }
  });

  it('saves a named version now and still credits who typed', async () => {
    const article = await ctx.newArticle(owner.client);
    const client = await connectSynced(ctx.url, articleDocumentName(article.id), {
      token: await collaborationToken(owner.client),
    });
    try {
      appendParagraph(client.doc, 'Beschluss');
      await waitFor(
        () => client.provider.hasUnsyncedChanges,
        (unsynced) => !unsynced,
        { what: 'the server to apply' },
      );
      const version = await saveArticleVersion(owner.client, article.id, 'Stand nach dem Kick-off');
      expect(version.name).toBe('Stand nach dem Kick-off');
      expect(version.number).toBe(2);
      expect(JSON.stringify(version.body)).toContain('Beschluss');
      expect(authorIds(version)).toEqual([owner.user.id]);
      // A named version is taken even when nothing changed since the last one.
      const again = await saveArticleVersion(owner.client, article.id, 'Nochmal');
      expect(again.number).toBe(3);
    } finally {
      client.destroy();
    }
  });

  it('takes no revision when an editor opens and leaves without changing anything', async () => {
    const article = await ctx.newArticle(owner.client);
    const name = articleDocumentName(article.id);
    const server = ctx.app.get(CollaborationServer);
    const client = await connectSynced(ctx.url, name, { token: await collaborationToken(owner.client) });
    client.destroy();
    await waitFor(
      () => server.hocuspocus.documents.has(name),
      (open) => !open,
      { what: 'the document to unload' },
    );
    expect((await saveArticleVersion(owner.client, article.id)).number).toBe(1);
    expect(await listRevisions(owner.client, article.id)).toHaveLength(1);
  });
});

describe('revisions when the last editor leaves (quiet timer out of reach)', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await startTestApp({ env: { COLLAB_QUIET_MS: '600000', COLLAB_STORE_DEBOUNCE_MS: '2000' } });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('takes a revision crediting both editors when the last one disconnects', async () => {
    const owner = await ctx.newUser(Role.EDITOR);
    const article = await ctx.newArticle(owner.client);
    const [first, second, clients] = await twoEditorsType(ctx, article.id);
    await waitFor(
      () => clients.every((client) => !client.provider.hasUnsyncedChanges),
      (done) => done,
      { what: 'the server to apply both edits' },
    );
    expect(await listRevisions(owner.client, article.id)).toHaveLength(1);
    clients[0].destroy();
    clients[1].destroy();
    const revisions = await waitFor(
      () => listRevisions(owner.client, article.id),
      (list) => list.length === 2,
      {
        what: 'the last-client-leaves revision',
      },
    );
    expect(authorIds(revisions[0])).toEqual([first.user.id, second.user.id].sort());
    expect((await readArticle(owner.client, article.id)).bodyText).toMatch(/(Erste Zweite|Zweite Erste)/);
  });
});
