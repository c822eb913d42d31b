import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/auth/role';
import { startTestApp, type SignedInUser, type TestApp } from '../test-app';
import { projectFixtures } from './project-fixtures';

const CREATE = `mutation ($a: [ID!]!) { createProgramme(input: {
  name: "Interkulturelle Öffnung 4.0", startsOn: "2020-09-01", endsOn: "2021-12-31", agencyIds: $a }) { id slug } }`;

describe('programmes', () => {
  let ctx: TestApp;
  let admin: SignedInUser;
  let agencyIds: string[];

  beforeAll(async () => {
    ctx = await startTestApp();
    admin = await ctx.newUser(Role.ADMIN);
    const fixtures = projectFixtures(ctx);
    agencyIds = [];
    for (let i = 0; i < 9; i += 1) agencyIds.push(await fixtures.newAgency());
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('rejects 2 and 9 agencies with a clear error and creates nothing', async () => {
    for (const count of [2, 9]) {
      const result = await admin.client.request(CREATE, { a: agencyIds.slice(0, count) });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PROGRAMME_AGENCY_COUNT',
        given: count,
      });
      expect(result.errors?.[0]?.message).toContain('mindestens 3 und höchstens 8 Dienststellen');
    }
    const list = await admin.client.expectData<{ programmes: unknown[] }>('{ programmes { id } }');
    expect(list.programmes).toHaveLength(0);
  });

  it('accepts 3 and 8 agencies, with unique slugs', async () => {
    const three = await admin.client.expectData<{ createProgramme: { id: string; slug: string } }>(CREATE, {
      a: agencyIds.slice(0, 3),
    });
    const eight = await admin.client.expectData<{ createProgramme: { id: string; slug: string } }>(CREATE, {
      a: agencyIds.slice(0, 8),
    });
    expect(three.createProgramme.slug).toBe('interkulturelle-oeffnung-4-0');
    expect(eight.createProgramme.slug).toBe('interkulturelle-oeffnung-4-0-2');
    const read = await ctx
      .anonymous()
      .expectData<{ programme: { agencies: { id: string }[] } }>(
        'query ($s: String!) { programme(slug: $s) { agencies { id } } }',
        { s: eight.createProgramme.slug },
      );
    expect(read.programme.agencies.map((agency) => agency.id).sort()).toEqual(agencyIds.slice(0, 8).sort());
  });

  it('enforces the rule when agencies change, keeping the old set on error', async () => {
    const created = await admin.client.expectData<{ createProgramme: { id: string } }>(CREATE, {
      a: agencyIds.slice(0, 4),
    });
    const id = created.createProgramme.id;
    const set = 'mutation ($id: ID!, $a: [ID!]!) { setProgrammeAgencies(id: $id, agencyIds: $a) { agencies { id } } }';
    const tooFew = await admin.client.request(set, { id, a: agencyIds.slice(0, 2) });
    expect(tooFew.errors?.[0]?.extensions?.reason).toBe('PROGRAMME_AGENCY_COUNT');
    const unknown = await admin.client.request(set, {
      id,
      a: [...agencyIds.slice(0, 2), '00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.errors?.[0]?.extensions?.reason).toBe('PROGRAMME_AGENCY_NOT_FOUND');
    const changed = await admin.client.expectData<{ setProgrammeAgencies: { agencies: { id: string }[] } }>(set, {
      id,
      a: agencyIds.slice(3, 6),
    });
    expect(changed.setProgrammeAgencies.agencies.map((agency) => agency.id).sort()).toEqual(
      agencyIds.slice(3, 6).sort(),
    );
  });

  it('keeps events in date order and checks their dates', async () => {
    const created = await admin.client.expectData<{ createProgramme: { id: string } }>(CREATE, {
      a: agencyIds.slice(0, 3),
    });
    const add = `mutation ($id: ID!, $input: CreateProgrammeEventInput!) { addProgrammeEvent(programmeId: $id, input: $input) { id } }`;
    const id = created.createProgramme.id;
    await admin.client.expectData(add, {
      id,
      input: { kind: 'FINAL_EVENT', title: 'Abschluss', startsOn: '2021-11-30', place: 'Stuttgart' },
    });
    await admin.client.expectData(add, {
      id,
      input: { kind: 'KICK_OFF', title: 'Kick-off', startsOn: '2020-09-15', place: 'Stuttgart' },
    });
    const bad = await admin.client.request(add, {
      id,
      input: { kind: 'SEMINAR', title: 'Seminar', startsOn: '2021-03-10', endsOn: '2021-03-09' },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const read = await admin.client.expectData<{ programme: { events: { kind: string }[] } }>(
      'query ($id: ID!) { programme(id: $id) { events { kind } } }',
      { id },
    );
    expect(read.programme.events.map((event) => event.kind)).toEqual(['KICK_OFF', 'FINAL_EVENT']);
  });
});
