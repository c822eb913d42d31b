import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/auth/role';
import type { Viewer } from '../../src/common/auth/viewer';
import { CefrLevel, CourseType } from '../../src/directory/course-offer-enums';
import { DirectoryEntryKind } from '../../src/directory/directory-entry-kind';
import { demoDirectoryEntries } from '../../src/seed/demo/directory';
import { DirectorySeeder } from '../../src/seed/directory-seeder';
import { startTestApp, type SignedInUser, type TestApp } from '../test-app';

describe('directory demo data', () => {
  let ctx: TestApp;
  let reader: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp();
    const viewers = new Map<string, Viewer>();
    for (const email of new Set(demoDirectoryEntries.map((entry) => entry.ownerEmail))) {
      const { user } = await ctx.newUser(Role.EDITOR, { email });
      viewers.set(email, {
        userId: user.id,
        sessionId: 'seed',
        role: user.role,
        displayName: user.displayName,
        agencyId: user.agencyId,
      });
    }
    reader = await ctx.newUser(Role.READER);
    await ctx.app.get(DirectorySeeder).seed(viewers);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('seeds every demo entry through the service, across Baden-Württemberg districts', async () => {
    const data = await reader.client.expectData<{
      directoryEntries: { totalCount: number; facets: { kinds: { value: string }[]; districts: { value: string }[] } };
    }>('{ directoryEntries { totalCount facets { kinds { value } districts { value } } } }');
    expect(data.directoryEntries.totalCount).toBe(demoDirectoryEntries.length);
    expect(demoDirectoryEntries.length).toBeGreaterThanOrEqual(60);
    expect(data.directoryEntries.facets.kinds).toHaveLength(5);
    expect(data.directoryEntries.facets.districts.length).toBeGreaterThanOrEqual(35);
  });

  it('offers every course type and CEFR level, and organisations with several languages', async () => {
    const data = await reader.client.expectData<{
      directoryEntries: {
        facets: { courseTypes: { value: string }[]; cefrLevels: { value: string }[] };
        edges: { node: { kind: DirectoryEntryKind; languages: { code: string }[] } }[];
      };
    }>(
      `{ directoryEntries(first: 100) { facets { courseTypes { value } cefrLevels { value } }
          edges { node { kind languages { code } } } } }`,
    );
    const { facets, edges } = data.directoryEntries;
    expect(facets.courseTypes.map((facet) => facet.value).sort()).toEqual(Object.values(CourseType).sort());
    expect(facets.cefrLevels.map((facet) => facet.value).sort()).toEqual(Object.values(CefrLevel).sort());
    const organisations = edges.filter((edge) => edge.node.kind === DirectoryEntryKind.MIGRANT_ORGANISATION);
    expect(organisations.length).toBeGreaterThanOrEqual(10);
    expect(organisations.every((edge) => edge.node.languages.length >= 3)).toBe(true);
  });

  it('answers the front-desk question: Berufssprachkurs B2 with childcare within 25 km of 73728', async () => {
    const data = await ctx.anonymous().expectData<{ directoryEntries: { edges: { node: { name: string } }[] } }>(
      `{ directoryEntries(filter: { courseTypes: [JOB_LANGUAGE_BASIC_B2], childcare: true,
          near: { postalCode: "73728", radiusKm: 25 } }) { edges { node { name } } } }`,
    );
    expect(data.directoryEntries.edges.map((edge) => edge.node.name)).toEqual(['Sprachschule Beispiel gGmbH']);
  });
});
