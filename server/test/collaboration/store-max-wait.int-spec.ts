import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleDocumentName } from '../../src/collaboration/collaboration-document-name';
import { CollaborationServer } from '../../src/collaboration/collaboration.server';
import {
  ArticlePersistenceExtension,
  STORED_MESSAGE,
} from '../../src/collaboration/extensions/article-persistence.extension';
import {
  appendParagraph,
  blockText,
  collaborationToken,
  connectSynced,
  stateVector,
  storedDoc,
  waitFor,
  type CollaborationClient,
} from '../collaboration-client';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../test-app';

const KEYSTROKE_MS = 20;

/** Types one character every KEYSTROKE_MS into the last paragraph for `ms` milliseconds. */
async function typeFor(client: CollaborationClient, ms: number): Promise<void> {
  const paragraphs = client.doc.getXmlFragment('default').length;
  const text = blockText(client.doc, paragraphs - 1);
  const end = performance.now() + ms;
  while (performance.now() < end) {
    text.insert(text.length, 'x');
    await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_MS));
  }
}

const storedMessages = (client: CollaborationClient) =>
  client.stateless.filter((payload) => payload === STORED_MESSAGE).length;

describe('storing while people type without pause (debounce 100 ms, maximum wait 300 ms)', () => {
  let ctx: TestApp;
  let editor: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp({ env: { COLLAB_STORE_DEBOUNCE_MS: '100', COLLAB_STORE_MAX_WAIT_MS: '300' } });
    editor = await ctx.newUser(Role.EDITOR);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  async function openArticle(): Promise<[string, CollaborationClient]> {
    const article = await ctx.newArticle(editor.client);
    const client = await connectSynced(ctx.url, articleDocumentName(article.id), {
      token: await collaborationToken(editor.client),
    });
    appendParagraph(client.doc, 'Tippen: ');
    return [article.id, client];
  }

  it('stores at the latest after the maximum wait although the debounce never runs out', async () => {
    const [, client] = await openArticle();
    try {
      await typeFor(client, 1500);
      // Keystrokes come faster than the debounce, so every store so far was due to the maximum
      // wait (240–300 ms with its random share): about five in 1.5 s, never one per keystroke.
      expect(storedMessages(client)).toBeGreaterThanOrEqual(2);
      expect(storedMessages(client)).toBeLessThanOrEqual(8);
    } finally {
      client.destroy();
    }
  });

  it('starts no further stores while a store waits for the database, however much is typed', async () => {
    const [articleId, client] = await openArticle();
    // Another session holds the document row (on PGlite: the only connection), so stores wait.
    const blocker = ctx.dataSource.createQueryRunner();
    const storeCalls = vi.spyOn(ctx.app.get(ArticlePersistenceExtension), 'onStoreDocument');
    try {
      await typeFor(client, 400);
      await waitFor(
        () => storedDoc(ctx.dataSource, articleId),
        (doc) => doc !== null,
        { what: 'the first store' },
      );
      await blocker.connect();
      await blocker.startTransaction();
      await blocker.query('SELECT 1 FROM "article_document" WHERE "articleId" = $1 FOR UPDATE', [articleId]);
      storeCalls.mockClear();
      // About 75 keystrokes while the store that is due waits; Hocuspocus' own maximum wait
      // would queue one more store for each keystroke after the first 300 ms.
      await typeFor(client, 1500);
      expect(storeCalls.mock.calls.length).toBeLessThanOrEqual(1);
      await blocker.commitTransaction();
      await blocker.release();

      const server = ctx.app.get(CollaborationServer);
      await waitFor(
        async () => {
          await server.flush(articleId);
          const stored = await storedDoc(ctx.dataSource, articleId);
          return stored && stateVector(stored);
        },
        (vector) => vector === stateVector(client.doc),
        { what: 'the stored state to catch up' },
      );
      expect(storeCalls.mock.calls.length).toBeLessThanOrEqual(3);
      expect(storedMessages(client)).toBeGreaterThanOrEqual(2);
    } finally {
      storeCalls.mockRestore();
      if (!blocker.isReleased) {
        if (blocker.isTransactionActive) await blocker.rollbackTransaction();
        await blocker.release();
      }
      client.destroy();
    }
  });
});
