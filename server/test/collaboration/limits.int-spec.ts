import { validateDocument, yDocToDocument } from '@wissensnetz/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { articleDocumentName } from '../../src/collaboration/collaboration-document-name';
import { CollaborationServer } from '../../src/collaboration/collaboration.server';
import {
  appendParagraph,
  collaborationToken,
  collaborationUrl,
  connectSynced,
  storedDoc,
  waitFor,
  type CollaborationClient,
} from '../collaboration-client';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../test-app';
import { readArticle } from './article-operations';

const MAX_MESSAGE_BYTES = 32 * 1024;
const MAX_DOCUMENT_BYTES = 16 * 1024;

const contentOf = (client: CollaborationClient) => JSON.stringify(yDocToDocument(client.doc));

/** lib0-style framing, enough to speak the Hocuspocus protocol by hand. */
function varUint(value: number): number[] {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push(0x80 | (value & 0x7f));
    value >>>= 7;
  }
  bytes.push(value);
  return bytes;
}
function varString(value: string): number[] {
  const utf8 = [...Buffer.from(value, 'utf8')];
  return [...varUint(utf8.length), ...utf8];
}
const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const MESSAGE_CLOSE = 7;

interface RawSocket {
  socket: WebSocket;
  messages: Buffer[];
  closeCode: Promise<number>;
}

async function openRaw(url: string): Promise<RawSocket> {
  const socket = new WebSocket(collaborationUrl(url));
  const messages: Buffer[] = [];
  socket.on('message', (data: Buffer) => messages.push(data));
  const closeCode = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, messages, closeCode };
}

describe('collaboration limits', () => {
  let ctx: TestApp;
  let editor: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp({
      env: {
        COLLAB_MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES),
        COLLAB_MAX_DOCUMENT_BYTES: String(MAX_DOCUMENT_BYTES),
        COLLAB_STORE_DEBOUNCE_MS: '50',
        COLLAB_STORE_MAX_WAIT_MS: '200',
      },
    });
    editor = await ctx.newUser(Role.EDITOR);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  async function threeClients(articleId: string): Promise<CollaborationClient[]> {
    const name = articleDocumentName(articleId);
    const clients: CollaborationClient[] = [];
    for (let i = 0; i < 3; i += 1) {
      clients.push(await connectSynced(ctx.url, name, { token: await collaborationToken(editor.client) }));
    }
    return clients;
  }

  it('closes only the connection that sends a message above COLLAB_MAX_MESSAGE_BYTES', async () => {
    const article = await ctx.newArticle(editor.client);
    const [offender, writer, watcher] = await threeClients(article.id);
    try {
      appendParagraph(offender.doc, `RIESIG${'x'.repeat(MAX_MESSAGE_BYTES)}`);
      await waitFor(
        () => offender.socketCloseCodes,
        (codes) => codes.includes(1009),
        { what: 'close code 1009' },
      );
      offender.destroy();

      appendParagraph(writer.doc, 'Es geht weiter');
      await waitFor(
        () => contentOf(watcher),
        (doc) => doc.includes('Es geht weiter'),
        { what: 'the next edit' },
      );
      expect(writer.socketCloseCodes).toEqual([]);
      expect(watcher.socketCloseCodes).toEqual([]);
      expect(contentOf(watcher)).not.toContain('RIESIG');
      const stored = await waitFor(
        () => readArticle(editor.client, article.id),
        (a) => a.bodyText.includes('Es geht weiter'),
        {
          what: 'GraphQL to serve the stored body',
        },
      );
      expect(stored.bodyText).not.toContain('RIESIG');
    } finally {
      for (const client of [offender, writer, watcher]) client?.destroy();
    }
  });

  it('closes raw sockets that send malformed frames, and nothing else', async () => {
    const article = await ctx.newArticle(editor.client);
    const name = articleDocumentName(article.id);
    const [writer, watcher] = await threeClients(article.id);
    try {
      for (const frame of [Buffer.from([0xff]), Buffer.from([0x05, 0x61]), Buffer.alloc(0), Buffer.from('hello')]) {
        const raw = await openRaw(ctx.url);
        raw.socket.send(frame);
        expect(await raw.closeCode).toBeGreaterThanOrEqual(1000);
      }

      // Authenticated: a Yjs update that does not decode is dropped (Yjs discards it), the document stays intact;
      // a sync message of an unknown kind closes that document connection only.
      const raw = await openRaw(ctx.url);
      const token = await collaborationToken(editor.client);
      const header = [...varString(name)];
      raw.socket.send(Buffer.from([...header, ...varUint(MESSAGE_AUTH), ...varUint(0), ...varString(token)]));
      await waitFor(
        () => raw.messages.length,
        (count) => count > 0,
        { what: 'the authentication reply' },
      );
      raw.socket.send(
        Buffer.from([
          ...header,
          ...varUint(MESSAGE_SYNC),
          ...varUint(2),
          ...varUint(6),
          0xff,
          0xff,
          0xff,
          0xff,
          0xff,
          0xff,
        ]),
      );
      raw.socket.send(Buffer.from([...header, ...varUint(MESSAGE_SYNC), ...varUint(9), 0x01]));
      const closePrefix = Buffer.from([...header, ...varUint(MESSAGE_CLOSE)]);
      await waitFor(
        () => raw.messages.some((message) => message.subarray(0, closePrefix.length).equals(closePrefix)),
        (closed) => closed,
        { what: 'the unknown sync message to close its document connection' },
      );
      raw.socket.terminate();

      appendParagraph(writer.doc, 'Unbeeindruckt');
      await waitFor(
        () => contentOf(watcher),
        (doc) => doc.includes('Unbeeindruckt'),
        { what: 'the next edit' },
      );
      const response = await ctx.anonymous().request('{ __typename }');
      expect(response.status).toBe(200);
      await ctx.app.get(CollaborationServer).flush(article.id);
      const stored = await storedDoc(ctx.dataSource, article.id);
      expect(yDocToDocument(stored!)).toEqual(yDocToDocument(watcher.doc));
    } finally {
      writer?.destroy();
      watcher?.destroy();
    }
  });

  it("closes a connection whose update would grow the document beyond COLLAB_MAX_DOCUMENT_BYTES with 'too-large'", async () => {
    const article = await ctx.newArticle(editor.client);
    const [offender, writer, watcher] = await threeClients(article.id);
    const server = ctx.app.get(CollaborationServer);
    try {
      appendParagraph(writer.doc, 'Vorher gespeichert');
      await waitFor(
        () => readArticle(editor.client, article.id),
        (a) => a.bodyText.includes('Vorher gespeichert'),
        {
          what: 'the first store',
        },
      );
      await waitFor(
        () => offender.provider.hasUnsyncedChanges || writer.provider.hasUnsyncedChanges,
        (busy) => !busy,
      );
      await server.flush(article.id);
      const before = await storedDoc(ctx.dataSource, article.id);

      // Grows in steps below the message limit until the document limit is hit.
      let step = 0;
      while (offender.closeReasons.length === 0 && step < 10) {
        step += 1;
        appendParagraph(offender.doc, `TEIL${step}${'y'.repeat(6_000)}`);
        const marker = `TEIL${step}y`;
        await waitFor(
          () => contentOf(watcher).includes(marker) || offender.closeReasons.length > 0,
          (done) => done,
          { what: `part ${step}` },
        );
      }
      expect(offender.closeReasons).toEqual(['too-large']);
      const refused = `TEIL${step}y`;
      expect(step).toBeGreaterThan(1);
      offender.destroy();

      // Others keep editing; the refused part is nowhere, and the stored state is a valid document.
      appendParagraph(writer.doc, 'Danach');
      await waitFor(
        () => contentOf(watcher),
        (doc) => doc.includes('Danach'),
        { what: 'the next edit' },
      );
      expect(contentOf(watcher)).not.toContain(refused);
      await server.flush(article.id);
      const after = await storedDoc(ctx.dataSource, article.id);
      const afterContent = yDocToDocument(after!);
      expect(validateDocument(afterContent).ok).toBe(true);
      expect(afterContent).toEqual(yDocToDocument(watcher.doc));
      expect(JSON.stringify(afterContent)).not.toContain(refused);
      expect(JSON.stringify(afterContent)).toContain('TEIL1y');
      expect(JSON.stringify(yDocToDocument(before!))).toContain('Vorher gespeichert');
      expect((await readArticle(editor.client, article.id)).bodyText).not.toContain(refused);
    } finally {
      for (const client of [offender, writer, watcher]) client?.destroy();
    }
  });

  it('keeps a connection whose messages add up past the limit while the document stays small', async () => {
    const article = await ctx.newArticle(editor.client);
    const [writer, watcher, third] = await threeClients(article.id);
    try {
      // 30 rounds of writing and deleting 1,000 characters: about 2 × the limit in messages.
      const fragment = writer.doc.getXmlFragment('default');
      for (let round = 1; round <= 30; round++) {
        appendParagraph(writer.doc, `RUNDE${round}${'z'.repeat(1_000)}`);
        fragment.delete(fragment.length - 1, 1);
      }
      appendParagraph(writer.doc, 'Ende');
      await waitFor(
        () => contentOf(watcher),
        (doc) => doc.includes('Ende'),
        { what: 'the last edit' },
      );
      expect(writer.closeReasons).toEqual([]);
      expect(contentOf(watcher)).not.toContain('RUNDE');
    } finally {
      for (const client of [writer, watcher, third]) client?.destroy();
    }
  });
});
