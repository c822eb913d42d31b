import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedService } from '../../src/seed/seed.service';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../test-app';

const ENTRY = `query ($near: DirectoryNearInput) { directoryEntries(first: 50, filter: { near: $near }) {
  edges { node { name referencingArticles { title visibility } } } } }`;

interface Entries {
  directoryEntries: {
    edges: { node: { name: string; referencingArticles: { title: string; visibility: string }[] } }[];
  };
}

describe('demo articles with contact cards', () => {
  let ctx: TestApp;
  let reader: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp();
    expect((await ctx.app.get(SeedService).seedIfEmpty()).length).toBeGreaterThan(0);
    reader = await ctx.newUser(Role.READER);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const referencing = async (client: ReturnType<TestApp['anonymous']>, postalCode: string, name: string) => {
    const data = await client.expectData<Entries>(ENTRY, { near: { postalCode, radiusKm: 30 } });
    const entry = data.directoryEntries.edges.find((edge) => edge.node.name === name);
    if (!entry) throw new Error(`No demo entry "${name}" near ${postalCode}`);
    return entry.node.referencingArticles.map((article) => article.title);
  };

  it('links the Esslingen providers to the public overview, for anonymous visitors too', async () => {
    for (const name of ['Sprachschule Beispiel gGmbH', 'Sprachforum Muster Nürtingen gGmbH']) {
      expect(await referencing(ctx.anonymous(), '73728', name)).toContain(
        'Berufssprachkurse im Raum Esslingen: Anbieter im Überblick',
      );
    }
  });

  it('links the Ulm project to the organisation it shows, for signed-in staff only (not published)', async () => {
    const query = `query ($near: DirectoryNearInput) { directoryEntries(first: 50, filter: { near: $near }) {
      edges { node { name referencingProjects { title public } } } } }`;
    type Projects = {
      directoryEntries: { edges: { node: { name: string; referencingProjects: { title: string }[] } }[] };
    };
    const titles = async (client: ReturnType<TestApp['anonymous']>) => {
      const data = await client.expectData<Projects>(query, { near: { postalCode: '89073', radiusKm: 5 } });
      const entry = data.directoryEntries.edges.find(
        (edge) => edge.node.name === 'Eritreischer Kulturverein Beispiel e. V.',
      );
      return entry?.node.referencingProjects.map((project) => project.title);
    };
    expect(await titles(reader.client)).toEqual(['Kooperation mit Migrantenorganisationen im Raum Ulm']);
    expect(await titles(ctx.anonymous())).toEqual([]);
  });

  it('shows the internal Ulm article only to signed-in staff', async () => {
    const title = 'Migrantenorganisationen in Ulm und im Alb-Donau-Kreis';
    expect(await referencing(reader.client, '89073', 'Eritreischer Kulturverein Beispiel e. V.')).toContain(title);
    expect(await referencing(ctx.anonymous(), '89073', 'Eritreischer Kulturverein Beispiel e. V.')).not.toContain(
      title,
    );
  });
});
