import { randomUUID } from 'node:crypto';
import { yDocToDocument } from '@wissensnetz/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDocumentName } from '../../src/collaboration/collaboration-document-name';
import {
  COLLABORATION_TOKEN_TTL_MS,
  CollaborationTokenService,
} from '../../src/collaboration/collaboration-token.service';
import { CollaborationServer } from '../../src/collaboration/collaboration.server';
import {
  appendParagraph,
  collaborationToken,
  connectSynced,
  refusalReason,
  storedDoc,
  waitFor,
  type CollaborationClient,
} from '../collaboration-client';
import { Role, startTestApp, type TestApp } from '../test-app';
import { publishArticle, readArticle } from './article-operations';

const text = (client: CollaborationClient) => JSON.stringify(yDocToDocument(client.doc));

describe('who may open a collaborative document', () => {
  let ctx: TestApp;
  let editorToken: string;
  let draftName: string;
  let publishedName: string;
  let publishedId: string;

  beforeAll(async () => {
    ctx = await startTestApp({ env: { COLLAB_STORE_DEBOUNCE_MS: '50', COLLAB_STORE_MAX_WAIT_MS: '200' } });
    const editor = await ctx.newUser(Role.EDITOR);
    editorToken = await collaborationToken(editor.client);
    draftName = articleDocumentName((await ctx.newArticle(editor.client)).id);
    publishedId = (await ctx.newArticle(editor.client)).id;
    await publishArticle(editor.client, publishedId);
    publishedName = articleDocumentName(publishedId);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('refuses anonymous connections (no token, no cookie)', async () => {
    expect(await refusalReason(ctx.url, publishedName)).toBe('unauthenticated');
  });

  it('refuses malformed, forged and expired tokens', async () => {
    const [payload, signature] = editorToken.split('.') as [string, string];
    const { sid } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sid: string };
    const forgedPayload = Buffer.from(JSON.stringify({ sid, exp: Date.now() + 3_600_000 })).toString('base64url');
    const expired = ctx.app.get(CollaborationTokenService).issue(sid, Date.now() - COLLABORATION_TOKEN_TTL_MS - 1_000);
    for (const token of [
      'not-a-token',
      `${forgedPayload}.${signature}`,
      `${payload}.${'A'.repeat(signature.length)}`,
      expired,
    ]) {
      expect(await refusalReason(ctx.url, publishedName, { token })).toBe('unauthenticated');
    }
    // The session-cookie value is not a collaboration token either.
    expect(await refusalReason(ctx.url, publishedName, { token: sid })).toBe('unauthenticated');
  });

  it('refuses unknown document names and unknown articles', async () => {
    for (const name of ['article:42', `project:${randomUUID()}`, 'foo', `article:${randomUUID()}`]) {
      expect(await refusalReason(ctx.url, name, { token: editorToken })).toBe('not-found');
    }
  });

  it('refuses a reader on a draft', async () => {
    const reader = await ctx.newUser(Role.READER);
    expect(await refusalReason(ctx.url, draftName, { token: await collaborationToken(reader.client) })).toBe(
      'forbidden',
    );
  });

  it('lets editors edit, by token or by session cookie', async () => {
    const editor = await ctx.newUser(Role.EDITOR);
    const byCookie = await connectSynced(ctx.url, draftName, { cookie: editor.client.cookie });
    const byToken = await connectSynced(ctx.url, draftName, { token: editorToken });
    try {
      expect(byCookie.provider.authorizedScope).toBe('read-write');
      appendParagraph(byCookie.doc, 'Vom Cookie-Editor');
      await waitFor(
        () => text(byToken),
        (t) => t.includes('Vom Cookie-Editor'),
        { what: 'the edit to arrive' },
      );
      await waitFor(
        () => readArticle(editor.client, draftName.slice('article:'.length)),
        (article) => article.bodyText.includes('Vom Cookie-Editor'),
        { what: 'the derived body' },
      );
    } finally {
      byCookie.destroy();
      byToken.destroy();
    }
  });

  it('connects a reader of a published article read-only: its edits reach no one', async () => {
    const reader = await ctx.newUser(Role.READER);
    const editor = await connectSynced(ctx.url, publishedName, { token: editorToken });
    const readerClient = await connectSynced(ctx.url, publishedName, {
      token: await collaborationToken(reader.client),
    });
    try {
      expect(readerClient.provider.authorizedScope).toBe('readonly');
      appendParagraph(readerClient.doc, 'LESER-ÄNDERUNG');
      // Sent after the reader's update on the same server: once it arrives, the reader's would have too.
      appendParagraph(editor.doc, 'Editor-Änderung');
      await waitFor(
        () => text(readerClient),
        (t) => t.includes('Editor-Änderung'),
        { what: 'the editor edit at the reader' },
      );
      const server = ctx.app.get(CollaborationServer);
      await server.flush(publishedId);
      const latecomer = await connectSynced(ctx.url, publishedName, { token: editorToken });
      try {
        expect(text(latecomer)).toContain('Editor-Änderung');
        expect(text(latecomer)).not.toContain('LESER');
      } finally {
        latecomer.destroy();
      }
      expect(text(editor)).not.toContain('LESER');
      expect(JSON.stringify(yDocToDocument(server.hocuspocus.documents.get(publishedName)!))).not.toContain('LESER');
      const stored = await storedDoc(ctx.dataSource, publishedId);
      expect(JSON.stringify(yDocToDocument(stored!))).toContain('Editor-Änderung');
      expect(JSON.stringify(yDocToDocument(stored!))).not.toContain('LESER');
      expect((await readArticle(reader.client, publishedId)).bodyText).not.toContain('LESER');
    } finally {
      readerClient.destroy();
      editor.destroy();
    }
  });

  it("closes a deactivated user's open connections and stops accepting their token", async () => {
    const admin = await ctx.newUser(Role.ADMIN);
    const editor = await ctx.newUser(Role.EDITOR);
    const token = await collaborationToken(editor.client);
    const open = await connectSynced(ctx.url, publishedName, { token });
    const colleague = await connectSynced(ctx.url, publishedName, { token: editorToken });
    try {
      await admin.client.expectData('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: editor.user.id });
      await waitFor(
        () => open.closeReasons,
        (reasons) => reasons.includes('unauthenticated'),
        { what: 'the server to close the deactivated connection' },
      );
      appendParagraph(open.doc, 'NACH-DEAKTIVIERUNG');
      // Sent after the deactivated client's edit: once it arrives, the other would have too.
      appendParagraph(colleague.doc, 'Kollegin schreibt weiter');
      const server = ctx.app.get(CollaborationServer);
      await waitFor(
        () => JSON.stringify(yDocToDocument(server.hocuspocus.documents.get(publishedName)!)),
        (t) => t.includes('Kollegin schreibt weiter'),
        { what: "the colleague's edit on the server" },
      );
      expect(JSON.stringify(yDocToDocument(server.hocuspocus.documents.get(publishedName)!))).not.toContain(
        'NACH-DEAKTIVIERUNG',
      );
    } finally {
      open.destroy();
      colleague.destroy();
    }
    expect(await refusalReason(ctx.url, publishedName, { token })).toBe('unauthenticated');
  });

  it('closes the connections of a session that signs out, but not those of other sessions', async () => {
    const editor = await ctx.newUser(Role.EDITOR);
    const other = await ctx.newUser(Role.EDITOR);
    const leaving = await connectSynced(ctx.url, publishedName, { token: await collaborationToken(editor.client) });
    const staying = await connectSynced(ctx.url, publishedName, { token: await collaborationToken(other.client) });
    try {
      await editor.client.expectData('mutation { logout }');
      await waitFor(
        () => leaving.closeReasons,
        (reasons) => reasons.includes('unauthenticated'),
        { what: 'the signed-out connection to close' },
      );
      expect(staying.closeReasons).toEqual([]);
    } finally {
      leaving.destroy();
      staying.destroy();
    }
  });
});
