import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentToPlainText, yDocToDocument } from '@wissensnetz/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectEditor, waitUntil, WikiSession, type EditorConnection } from '../support/collaboration-session';
import { createPostgresDatabase, type ThrowAwayDatabase } from '../support/postgres-database';
import { startWikiServer, type WikiServer } from '../support/wiki-server';

const CLIENTS = 3;

/** Words each client typed; every one must survive the crash. */
function wordsOf(text: string): Set<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}

describe('collaboration survives a server crash (SIGKILL) and restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wn-e2e-crash-'));
  let database: ThrowAwayDatabase;
  let wiki: WikiServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createPostgresDatabase();
    env = {
      DATABASE_URL: database.url,
      SESSION_SECRET: randomBytes(24).toString('hex'),
      COLLAB_STORE_DEBOUNCE_MS: '200',
      COLLAB_STORE_MAX_WAIT_MS: '1000',
    };
    wiki = await startWikiServer(dataDir, { env });
  });
  afterAll(async () => {
    await wiki?.stop();
    await database?.drop();
  });

  it('keeps every edit every client made before, during and after the crash', async () => {
    const { email, password } = wiki.credentials('EDITOR');
    const sessions = await Promise.all(
      Array.from({ length: CLIENTS }, () => WikiSession.signIn(wiki.url, email, password)),
    );
    const owner = sessions[0];
    const { createArticle } = await owner.graphql<{ createArticle: { id: string } }>(
      'mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id } }',
      {
        input: {
          title: `Absturztest ${Date.now()}`,
          body: {
            type: 'doc',
            content: Array.from({ length: CLIENTS }, (_, i) => ({
              type: 'paragraph',
              content: [{ type: 'text', text: `Absatz${i}` }],
            })),
          },
        },
      },
    );
    const articleId = createArticle.id;
    // Tokens issued before the crash must still be accepted afterwards (same SESSION_SECRET).
    const tokens = await Promise.all(
      sessions.map(
        async (session) =>
          (await session.graphql<{ collaborationToken: string }>('{ collaborationToken }')).collaborationToken,
      ),
    );
    const clients: EditorConnection[] = tokens.map((token) => connectEditor(wiki.url, `article:${articleId}`, token));
    await waitUntil(() => clients.every((client) => client.provider.isSynced), 'the first sync');

    const typed: string[][] = clients.map(() => []);
    let typing = true;
    const typists = clients.map(async (client, index) => {
      for (let n = 0; typing; n += 1) {
        const word = `k${index}n${n}`;
        const fragment = client.doc.getXmlFragment('default');
        // Mostly the client's own paragraph, sometimes someone else's, always at the end.
        const paragraph = fragment.get(n % 4 === 3 ? (index + 1) % CLIENTS : index) as Y.XmlElement;
        const text = paragraph.get(0) as Y.XmlText;
        text.insert(text.length, ` ${word}`);
        typed[index].push(word);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    });
    const typedCount = () => typed.reduce((sum, words) => sum + words.length, 0);
    try {
      await waitUntil(() => typedCount() >= 60, 'typing before the crash');
      await wiki.kill();
      const typedAtCrash = typedCount();
      await waitUntil(() => typedCount() >= typedAtCrash + 30, 'typing while the server is down');
      expect(clients.some((client) => client.provider.isSynced)).toBe(false);

      wiki = await startWikiServer(dataDir, { env, port: wiki.port });
      await waitUntil(
        () => clients.every((client) => client.opens() >= 2 && client.provider.isSynced),
        'the providers to reconnect and sync',
      );
      const typedAtReconnect = typedCount();
      await waitUntil(() => typedCount() >= typedAtReconnect + 30, 'typing after the restart');
    } finally {
      typing = false;
      await Promise.all(typists);
    }

    try {
      const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');
      await waitUntil(() => clients.every((client) => vector(client.doc) === vector(clients[0].doc)), 'convergence');
      const all = typed.flat();
      const clientWords = wordsOf(documentToPlainText(yDocToDocument(clients[0].doc)));
      expect(all.filter((word) => !clientWords.has(word))).toEqual([]);

      let bodyText = '';
      await waitUntil(async () => {
        const { article } = await owner.graphql<{ article: { bodyText: string } }>(
          'query ($id: ID!) { article(id: $id) { bodyText } }',
          { id: articleId },
        );
        bodyText = article.bodyText;
        const stored = wordsOf(bodyText);
        return all.every((word) => stored.has(word));
      }, 'the stored body to contain every word');
      expect(all.filter((word) => !wordsOf(bodyText).has(word))).toEqual([]);

      const [row] = await database.query<{ state: Buffer }>(
        'SELECT "state" FROM "article_document" WHERE "articleId" = $1',
        [articleId],
      );
      const stored = new Y.Doc();
      Y.applyUpdate(stored, new Uint8Array(row.state));
      const storedWords = wordsOf(documentToPlainText(yDocToDocument(stored)));
      expect(all.filter((word) => !storedWords.has(word))).toEqual([]);
      expect(storedWords).toEqual(clientWords);
    } finally {
      for (const client of clients) client.destroy();
    }
  });
});
