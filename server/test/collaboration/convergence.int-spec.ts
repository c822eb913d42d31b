import { validateDocument, yDocToDocument } from '@wissensnetz/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleDocumentName } from '../../src/collaboration/collaboration-document-name';
import { CollaborationServer } from '../../src/collaboration/collaboration.server';
import {
  blockText,
  collaborationToken,
  connectSynced,
  stateVector,
  storedDoc,
  waitFor,
  waitForConvergence,
  type CollaborationClient,
} from '../collaboration-client';
import { Role, startTestApp, type TestApp } from '../test-app';
import { readArticle } from './article-operations';
import { seededRandom } from '../seeded-random';

const CLIENTS = 10;
const OPERATIONS = 200;
const MARKS = ['bold', 'italic'] as const;

/** One random edit of the kind an editor makes: typing, deleting, formatting, splitting or removing paragraphs. */
function randomEdit(doc: Y.Doc, random: () => number, label: string): void {
  const fragment = doc.getXmlFragment('default');
  const pick = (n: number) => Math.floor(random() * n);
  const roll = random();
  doc.transact(() => {
    if (roll < 0.06) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`${label} `)]);
      fragment.insert(pick(fragment.length + 1), [paragraph]);
      return;
    }
    if (roll < 0.09 && fragment.length > 2) {
      fragment.delete(pick(fragment.length), 1);
      return;
    }
    if (fragment.length === 0) return;
    const text = blockText(doc, pick(fragment.length));
    const length = text.length;
    if (roll < 0.55 || length === 0) {
      const mark = random() < 0.3 ? { [MARKS[pick(2)] ?? 'bold']: {} } : undefined;
      text.insert(pick(length + 1), `${label}${'abcdefgh'.slice(0, 1 + pick(8))} `, mark);
    } else if (roll < 0.75) {
      const start = pick(length);
      text.delete(start, 1 + pick(Math.min(6, length - start)));
    } else {
      const start = pick(length);
      const mark = MARKS[pick(2)] ?? 'bold';
      text.format(start, 1 + pick(Math.min(12, length - start)), { [mark]: random() < 0.75 ? {} : null });
    }
  });
}

describe('concurrent editing by ten providers', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await startTestApp({ env: { COLLAB_STORE_DEBOUNCE_MS: '100', COLLAB_STORE_MAX_WAIT_MS: '400' } });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('converges to one document that is stored as Yjs state and as a valid derived body', async () => {
    const editor = await ctx.newUser(Role.EDITOR);
    const article = await ctx.newArticle(editor.client);
    const name = articleDocumentName(article.id);
    const clients: CollaborationClient[] = [];
    for (let i = 0; i < CLIENTS; i += 1) {
      const { client } = i === 0 ? editor : await ctx.newUser(Role.EDITOR);
      clients.push(await connectSynced(ctx.url, name, { token: await collaborationToken(client) }));
    }

    try {
      await Promise.all(
        clients.map(async (client, index) => {
          const random = seededRandom(0xc0ffee + index);
          for (let op = 0; op < OPERATIONS; op += 1) {
            randomEdit(client.doc, random, `c${index}`);
            if (op % 4 === 0) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 4)));
          }
        }),
      );

      const converged = await waitForConvergence(clients.map((client) => client.doc));
      const clientVector = stateVector(clients[0].doc);
      // Every client did its 200 operations (no update was lost on the way).
      const clocks = Y.decodeStateVector(Y.encodeStateVector(clients[0].doc));
      for (const client of clients) expect(clocks.get(client.doc.clientID)).toBeGreaterThan(0);

      const server = ctx.app.get(CollaborationServer);
      const stored = await waitFor(
        async () => {
          await server.flush(article.id);
          return storedDoc(ctx.dataSource, article.id);
        },
        (doc) => doc !== null && stateVector(doc) === clientVector,
        { what: 'the stored Yjs state to catch up' },
      );
      expect(yDocToDocument(stored!)).toEqual(converged);

      const validation = validateDocument(converged);
      expect(validation.ok).toBe(true);
      const derived = await readArticle(editor.client, article.id);
      expect(derived.body).toEqual(converged);
      expect(validateDocument(derived.body).ok).toBe(true);
      expect(derived.bodyText).toContain('c9');
    } finally {
      for (const client of clients) client.destroy();
    }
  });
});
