import { randomBytes } from 'node:crypto';
import { documentToPlainText, yDocToDocument } from '@wissensnetz/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDatabase } from '../../src/bootstrap/start-database';
import { articleDocumentName } from '../../src/collaboration/collaboration-document-name';
import { CollaborationServer } from '../../src/collaboration/collaboration.server';
import {
  blockText,
  canonicalJson,
  collaborationToken,
  connectSynced,
  stateVector,
  storedDoc,
  waitFor,
  waitForConvergence,
  type CollaborationClient,
} from '../collaboration-client';
import { createTestDatabase, testDatabaseKind } from '../test-database';
import { Role, startTestApp, type TestApp } from '../test-app';
import { readArticle } from './article-operations';

const WORDS_PER_CLIENT = 40;

/*
 * Two app instances must share one database. PGlite is an in-process database that only one
 * instance can open, so this file runs in the PostgreSQL project only. Redis channels are keyed
 * by document name (article UUIDs, new per run), so parallel runs never share a document.
 */
describe.runIf(testDatabaseKind() === 'postgres')('two instances behind Redis', () => {
  let database: RunningDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const env = {
      REDIS_URL: 'redis://127.0.0.1:6379',
      SESSION_SECRET: randomBytes(24).toString('hex'),
      COLLAB_STORE_DEBOUNCE_MS: '100',
      COLLAB_STORE_MAX_WAIT_MS: '300',
    };
    first = await startTestApp({ env, database });
    second = await startTestApp({ env, database });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.stop();
  });

  it('lets clients on different instances edit one article and stores the merged result', async () => {
    const alice = await first.newUser(Role.EDITOR);
    const bob = await first.newUser(Role.EDITOR);
    const article = await first.newArticle(alice.client);
    const name = articleDocumentName(article.id);
    // Tokens issued by the first instance are accepted by the second (same SESSION_SECRET).
    const clients: CollaborationClient[] = [
      await connectSynced(first.url, name, { token: await collaborationToken(alice.client) }),
      await connectSynced(second.url, name, { token: await collaborationToken(bob.client) }),
      await connectSynced(second.url, name, { token: await collaborationToken(alice.client) }),
    ];
    try {
      await Promise.all(
        clients.map(async (client, index) => {
          for (let word = 0; word < WORDS_PER_CLIENT; word += 1) {
            const text = blockText(client.doc, 1);
            if (word % 3 === 0) text.insert(0, `i${index}w${word} `);
            else text.insert(text.length, ` i${index}w${word}`);
            if (word % 5 === 4) text.format(0, Math.min(4, text.length), { bold: {} });
            await new Promise((resolve) => setTimeout(resolve, 2));
          }
        }),
      );
      const converged = await waitForConvergence(clients.map((client) => client.doc));
      const words = new Set(documentToPlainText(converged).split(/\s+/));
      for (let index = 0; index < clients.length; index += 1) {
        for (let word = 0; word < WORDS_PER_CLIENT; word += 1) expect(words).toContain(`i${index}w${word}`);
      }

      const target = stateVector(clients[0].doc);
      const stored = await waitFor(
        async () => {
          await Promise.all([first, second].map((app) => app.app.get(CollaborationServer).flush(article.id)));
          return storedDoc(first.dataSource, article.id);
        },
        (doc) => doc !== null && stateVector(doc) === target,
        { what: 'the stored state to contain every edit' },
      );
      expect(yDocToDocument(stored!)).toEqual(converged);
      const derived = await waitFor(
        () => readArticle(bob.client, article.id),
        (article) => canonicalJson(article.body) === canonicalJson(converged),
        { what: 'the derived body' },
      );
      expect(derived.body).toEqual(converged);
    } finally {
      for (const client of clients) client.destroy();
    }
  });
});
