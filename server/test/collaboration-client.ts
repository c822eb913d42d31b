import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { yDocToDocument, type JSONContent } from '@wissensnetz/editor';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { DataSource } from 'typeorm';
import type { GraphqlClient } from './graphql-client';

/** A real Hocuspocus provider in Node, plus everything the server told it. */
export interface CollaborationClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  /** Reasons of permission-denied messages (authentication refused). */
  refusals: string[];
  /** Document-level close messages from the server (e.g. 'too-large'). */
  closeReasons: string[];
  /** WebSocket close codes (e.g. 1009 when ws cuts off an oversized frame). */
  socketCloseCodes: number[];
  stateless: string[];
  /** How often the WebSocket (re)opened. */
  opens: number;
  destroy(): void;
}

export interface ConnectOptions {
  token?: string | null;
  /** Sent as Cookie header on the WebSocket upgrade (session-cookie authentication). */
  cookie?: string;
  doc?: Y.Doc;
}

export function collaborationUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/collab`;
}

export async function collaborationToken(client: GraphqlClient): Promise<string> {
  return (await client.expectData<{ collaborationToken: string }>('{ collaborationToken }')).collaborationToken;
}

/** Opens a provider (without waiting for sync; see waitForSync / waitForRefusal). */
export function connectClient(
  httpUrl: string,
  documentName: string,
  options: ConnectOptions = {},
): CollaborationClient {
  const cookie = options.cookie;
  /** ws reports "closed before the connection was established" as an 'error' event; the provider does not listen. */
  class TestWebSocket extends WebSocket {
    constructor(address: string) {
      super(address, cookie ? { headers: { cookie } } : {});
      this.on('error', () => undefined);
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: collaborationUrl(httpUrl),
    WebSocketPolyfill: TestWebSocket,
    delay: 100,
    factor: 1.5,
    maxDelay: 1000,
    minDelay: 50,
  });
  let destroyed = false;
  const client: CollaborationClient = {
    // assigned right below; the provider needs the callbacks that fill these arrays
    provider: undefined as unknown as HocuspocusProvider,
    socket,
    doc: options.doc ?? new Y.Doc(),
    refusals: [],
    closeReasons: [],
    socketCloseCodes: [],
    stateless: [],
    opens: 0,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      client.provider.destroy();
      socket.destroy();
    },
  };
  socket.on('open', () => (client.opens += 1));
  socket.on('close', ({ event }: { event: { code: number } }) => client.socketCloseCodes.push(event.code));
  client.provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: client.doc,
    token: options.token ?? null,
    onAuthenticationFailed: ({ reason }) => client.refusals.push(reason),
    onStateless: ({ payload }) => client.stateless.push(payload),
    onClose: ({ event }) => {
      // Document-level close messages arrive with code 1000 and the server's reason.
      if (event.reason) client.closeReasons.push(event.reason);
    },
  });
  client.provider.attach();
  return client;
}

/** Polls `read` until `done` holds (bounded), returning the last value. */
export async function waitFor<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 15_000, intervalMs = 20, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export async function waitForSync(client: CollaborationClient, timeoutMs = 15_000): Promise<void> {
  await waitFor(
    () => client.provider.isSynced,
    (synced) => synced,
    { timeoutMs, what: `sync of ${client.provider.configuration.name} (refusals: ${client.refusals.join(',')})` },
  );
}

export async function connectSynced(
  httpUrl: string,
  documentName: string,
  options: ConnectOptions = {},
): Promise<CollaborationClient> {
  const client = connectClient(httpUrl, documentName, options);
  await waitForSync(client);
  return client;
}

/** Connects and waits for the server to refuse; returns the reason. */
export async function refusalReason(
  httpUrl: string,
  documentName: string,
  options: ConnectOptions = {},
): Promise<string> {
  const client = connectClient(httpUrl, documentName, options);
  try {
    const [reason] = await waitFor(
      () => client.refusals,
      (refusals) => refusals.length > 0 || client.provider.isSynced,
      { what: `refusal of ${documentName}` },
    );
    if (client.provider.isSynced) throw new Error(`${documentName} was not refused`);
    return reason ?? '';
  } finally {
    client.destroy();
  }
}

export function stateVector(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateVector(doc)).toString('base64');
}

/** Waits until every doc has the same state vector and the same content. */
export async function waitForConvergence(docs: Y.Doc[], timeoutMs = 30_000): Promise<JSONContent> {
  await waitFor(
    () => docs.map((doc) => stateVector(doc)),
    (vectors) => vectors.every((vector) => vector === vectors[0]),
    { timeoutMs, what: 'equal state vectors' },
  );
  const documents = docs.map((doc) => yDocToDocument(doc));
  const first = JSON.stringify(documents[0]);
  if (!documents.every((document) => JSON.stringify(document) === first)) {
    throw new Error('Equal state vectors but different documents');
  }
  return documents[0];
}

/** The Y.Doc stored in article_document, or null when the article was never stored. */
export async function storedDoc(dataSource: DataSource, articleId: string): Promise<Y.Doc | null> {
  const rows = await dataSource.query<{ state: Buffer }[]>(
    `SELECT "state" FROM "article_document" WHERE "articleId" = $1`,
    [articleId],
  );
  const state = rows[0]?.state;
  if (!state) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(state));
  return doc;
}

/** The first Y.XmlText of a top-level block (created if the block has none). */
export function blockText(doc: Y.Doc, index: number): Y.XmlText {
  const block = doc.getXmlFragment('default').get(index);
  if (!(block instanceof Y.XmlElement)) throw new Error(`No block element at ${index}`);
  const first = block.get(0);
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  block.insert(0, [text]);
  return text;
}

/** Appends a paragraph with `text` to the document. */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment('default');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.insert(fragment.length, [paragraph]);
}

/** JSON with sorted keys: jsonb columns do not keep key order, ProseMirror attrs have no prototype. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
