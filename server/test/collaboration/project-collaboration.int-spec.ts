import { documentToPlainText, renderDocumentHtml, yDocToDocument } from '@wissensnetz/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { projectDocumentName } from '../../src/collaboration/collaboration-document-name';
import { CollaborationServer } from '../../src/collaboration/collaboration.server';
import { flushDocument } from '../../src/collaboration/flush-document';
import { SearchIndexWorker } from '../../src/search/search-index.worker';
import {
  appendParagraph,
  blockText,
  collaborationToken,
  connectSynced,
  refusalReason,
  waitFor,
  waitForConvergence,
  type CollaborationClient,
} from '../collaboration-client';
import type { GraphqlClient } from '../graphql-client';
import { createProject } from '../projects/project-fixtures';
import { Role, sampleBody, startTestApp, type SignedInUser, type TestApp } from '../test-app';

interface ProjectBody {
  body: unknown;
  bodyHtml: string;
  bodyText: string;
  version: number;
}

const readProject = async (client: GraphqlClient, id: string): Promise<ProjectBody> =>
  (
    await client.expectData<{ project: ProjectBody }>(
      'query ($id: ID!) { project(id: $id) { body bodyHtml bodyText version } }',
      { id },
    )
  ).project;

const text = (client: CollaborationClient) => JSON.stringify(yDocToDocument(client.doc));

/** The Y.Doc stored in project_document, or null when the project body was never stored. */
async function storedProjectDoc(ctx: TestApp, projectId: string): Promise<Y.Doc | null> {
  const rows = await ctx.dataSource.query<{ state: Buffer }[]>(
    `SELECT "state" FROM "project_document" WHERE "projectId" = $1`,
    [projectId],
  );
  const state = rows[0]?.state;
  if (!state) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(state));
  return doc;
}

describe('collaborative project bodies', () => {
  let ctx: TestApp;
  let owner: SignedInUser;
  let ownerToken: string;

  const flush = (projectId: string) =>
    flushDocument(ctx.app.get(CollaborationServer).hocuspocus, projectDocumentName(projectId));

  beforeAll(async () => {
    ctx = await startTestApp({ env: { COLLAB_STORE_DEBOUNCE_MS: '50', COLLAB_STORE_MAX_WAIT_MS: '200' } });
    owner = await ctx.newUser(Role.EDITOR);
    ownerToken = await collaborationToken(owner.client);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('lets two team members edit concurrently; state and derived body match their document', async () => {
    const project = await createProject(owner.client, { body: sampleBody('Ausgangslage') });
    const colleague = await ctx.newUser(Role.EDITOR);
    await owner.client.expectData(
      'mutation ($p: ID!, $u: ID!) { addProjectMember(projectId: $p, input: { userId: $u }) { id } }',
      { p: project.id, u: colleague.user.id },
    );
    const name = projectDocumentName(project.id);
    const first = await connectSynced(ctx.url, name, { token: ownerToken });
    const second = await connectSynced(ctx.url, name, { token: await collaborationToken(colleague.client) });
    try {
      expect(first.provider.authorizedScope).toBe('read-write');
      expect(second.provider.authorizedScope).toBe('read-write');
      const versionBefore = (await readProject(owner.client, project.id)).version;
      // Both type into the same paragraph and add their own, at the same time.
      for (let i = 0; i < 20; i += 1) {
        blockText(first.doc, 0).insert(0, `a${i} `);
        blockText(second.doc, 0).insert(blockText(second.doc, 0).length, ` b${i}`);
      }
      appendParagraph(first.doc, 'Erste Person');
      appendParagraph(second.doc, 'Zweite Person');
      const converged = await waitForConvergence([first.doc, second.doc]);
      const convergedText = JSON.stringify(converged);
      for (const part of ['a19', 'b19', 'Ausgangslage', 'Erste Person', 'Zweite Person']) {
        expect(convergedText).toContain(part);
      }
      await waitFor(
        () => readProject(owner.client, project.id),
        (p) =>
          p.bodyText.includes('Zweite Person') && p.bodyText.includes('Erste Person') && p.bodyText.includes('b19'),
        { what: 'the derived project body' },
      );
      await flush(project.id);
      const stored = await storedProjectDoc(ctx, project.id);
      expect(yDocToDocument(stored!)).toEqual(converged);
      const read = await readProject(owner.client, project.id);
      expect(read.body).toEqual(converged);
      expect(read.bodyHtml).toBe(renderDocumentHtml(converged));
      expect(read.bodyText).toBe(documentToPlainText(converged));
      // Body stores do not bump the version that guards the form fields.
      expect(read.version).toBe(versionBefore);
      await waitFor(
        () => first.stateless,
        (messages) => messages.some((message) => message.includes('stored')),
        { what: 'the stored message' },
      );
    } finally {
      first.destroy();
      second.destroy();
    }
  });

  it('migrates an existing JSON body into Yjs on first open, without loss', async () => {
    const project = await createProject(owner.client, { body: sampleBody('Vorhandener Text vor der Zusammenarbeit') });
    const before = await readProject(owner.client, project.id);
    expect(await storedProjectDoc(ctx, project.id)).toBeNull();
    const client = await connectSynced(ctx.url, projectDocumentName(project.id), { token: ownerToken });
    try {
      expect(yDocToDocument(client.doc)).toEqual(before.body);
      appendParagraph(client.doc, 'Neu dazu');
      await waitFor(
        () => readProject(owner.client, project.id),
        (p) => p.bodyText.includes('Neu dazu'),
        { what: 'the derived body' },
      );
      const after = await readProject(owner.client, project.id);
      expect(after.bodyText).toContain('Vorhandener Text vor der Zusammenarbeit');
      await flush(project.id);
      expect(yDocToDocument((await storedProjectDoc(ctx, project.id))!)).toEqual(yDocToDocument(client.doc));
    } finally {
      client.destroy();
    }
  });

  it('refuses anonymous connections and unknown projects', async () => {
    const project = await createProject(owner.client);
    expect(await refusalReason(ctx.url, projectDocumentName(project.id))).toBe('unauthenticated');
    expect(
      await refusalReason(ctx.url, projectDocumentName('00000000-0000-4000-8000-000000000000'), { token: ownerToken }),
    ).toBe('not-found');
  });

  it.each([
    ['a reader', Role.READER],
    ['an editor outside the team', Role.EDITOR],
  ])('connects %s read-only: their edits reach no one and are not stored', async (_who, role) => {
    const project = await createProject(owner.client, { body: sampleBody('Team-Text') });
    const outsider = await ctx.newUser(role);
    const name = projectDocumentName(project.id);
    const editor = await connectSynced(ctx.url, name, { token: ownerToken });
    const readOnly = await connectSynced(ctx.url, name, { token: await collaborationToken(outsider.client) });
    try {
      expect(readOnly.provider.authorizedScope).toBe('readonly');
      appendParagraph(readOnly.doc, 'FREMDE-ÄNDERUNG');
      // Sent after the outsider's update on the same server: once it arrives, theirs would have too.
      appendParagraph(editor.doc, 'Team-Änderung');
      await waitFor(
        () => text(readOnly),
        (t) => t.includes('Team-Änderung'),
        { what: 'the team edit at the outsider' },
      );
      await flush(project.id);
      expect(text(editor)).not.toContain('FREMDE');
      expect(JSON.stringify(yDocToDocument((await storedProjectDoc(ctx, project.id))!))).not.toContain('FREMDE');
      const read = await readProject(owner.client, project.id);
      expect(read.bodyText).toContain('Team-Änderung');
      expect(read.bodyText).not.toContain('FREMDE');
    } finally {
      readOnly.destroy();
      editor.destroy();
    }
  });

  it('lets an admin outside the team edit', async () => {
    const project = await createProject(owner.client);
    const admin = await ctx.newUser(Role.ADMIN);
    const client = await connectSynced(ctx.url, projectDocumentName(project.id), {
      token: await collaborationToken(admin.client),
    });
    try {
      expect(client.provider.authorizedScope).toBe('read-write');
    } finally {
      client.destroy();
    }
  });

  it('sends updateProject bodies through the open document, so editors see them and no store undoes them', async () => {
    const project = await createProject(owner.client, { body: sampleBody('Alt') });
    const client = await connectSynced(ctx.url, projectDocumentName(project.id), { token: ownerToken });
    try {
      appendParagraph(client.doc, 'Live getippt');
      await waitFor(
        () => readProject(owner.client, project.id),
        (p) => p.bodyText.includes('Live getippt'),
        { what: 'the derived body' },
      );
      const { version } = await readProject(owner.client, project.id);
      await owner.client.expectData(
        'mutation ($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { id } }',
        { id: project.id, input: { baseVersion: version, body: sampleBody('Über die API ersetzt') } },
      );
      await waitFor(
        () => text(client),
        (t) => t.includes('Über die API ersetzt') && !t.includes('Live getippt'),
        { what: 'the API body in the open editor' },
      );
      await flush(project.id);
      const read = await readProject(owner.client, project.id);
      expect(read.bodyText).toContain('Über die API ersetzt');
      expect(read.bodyText).not.toContain('Live getippt');
      expect(JSON.stringify(yDocToDocument((await storedProjectDoc(ctx, project.id))!))).toContain(
        'Über die API ersetzt',
      );
    } finally {
      client.destroy();
    }
  });

  it('reindexes the project for search after a store (the word exists only in the collaborative body)', async () => {
    const project = await createProject(owner.client, { title: 'Suchprojekt Zusammenarbeit' });
    const worker = ctx.app.get(SearchIndexWorker);
    await worker.drain();
    const client = await connectSynced(ctx.url, projectDocumentName(project.id), { token: ownerToken });
    try {
      appendParagraph(client.doc, 'Quokkaverwaltung');
      await waitFor(
        () => readProject(owner.client, project.id),
        (p) => p.bodyText.includes('Quokkaverwaltung'),
        { what: 'the derived body' },
      );
      await worker.drain();
      const { search } = await owner.client.expectData<{ search: { hits: { entityId: string; kind: string }[] } }>(
        'query ($q: String!) { search(query: $q) { hits { entityId kind } } }',
        { q: 'Quokkaverwaltung' },
      );
      expect(search.hits).toContainEqual({ entityId: project.id, kind: 'PROJECT' });
    } finally {
      client.destroy();
    }
  });
});
