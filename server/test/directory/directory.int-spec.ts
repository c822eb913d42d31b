import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../../src/common/auth/role';
import { DirectoryClock } from '../../src/directory/directory-clock';
import { SearchIndexWorker } from '../../src/search/search-index.worker';
import { sampleBody, startTestApp, type SignedInUser, type TestApp } from '../test-app';
import { address, createEntry, ENTRY_FIELDS, UPDATE_ENTRY, type EntryResult } from './directory-fixtures';

/** Monday, 2 March 2026, 09:30 in Berlin (CET). */
const MONDAY_MORNING = new Date('2026-03-02T08:30:00Z');
const TODAY = '2026-03-02';
const inDays = (days: number): string => {
  const date = new Date(`${TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const LIST = `query ($filter: DirectoryFilter, $first: Int, $after: String) {
  directoryEntries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { name distanceKm } }
    facets {
      kinds { value count } courseTypes { value label count } cefrLevels { value count } formats { value count }
      childcare languages { value label count } targetGroups { value count } districts { value count }
      startsWithin { weeks count } openNow
    }
  } }`;

interface ListResult {
  directoryEntries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { name: string; distanceKm: number | null } }[];
    facets: {
      kinds: { value: string; count: number }[];
      courseTypes: { value: string; label: string; count: number }[];
      cefrLevels: { value: string; count: number }[];
      formats: { value: string; count: number }[];
      childcare: number;
      languages: { value: string; label: string; count: number }[];
      targetGroups: { value: string; count: number }[];
      districts: { value: string; count: number }[];
      startsWithin: { weeks: number; count: number }[];
      openNow: number;
    };
  };
}

const counts = (values: { value: string; count: number }[]): Record<string, number> =>
  Object.fromEntries(values.map((item) => [item.value, item.count]));

function offer(type: string, cefrLevel: string, format: string, childcare: boolean, startsInDays: number) {
  return {
    type,
    cefrLevel,
    format,
    schedule: 'PART_TIME',
    childcare,
    nextStartDate: inDays(startsInDays),
    locationIndex: 0,
  };
}

describe('directory', () => {
  let ctx: TestApp;
  let admin: SignedInUser;
  let editor: SignedInUser;
  let colleague: SignedInUser;
  let reader: SignedInUser;
  let clock: DirectoryClock;
  let now = MONDAY_MORNING;
  const list = (client: { expectData: SignedInUser['client']['expectData'] }, variables: Record<string, unknown>) =>
    client.expectData<ListResult>(LIST, variables).then((data) => data.directoryEntries);

  beforeAll(async () => {
    ctx = await startTestApp();
    clock = ctx.app.get(DirectoryClock);
    vi.spyOn(clock, 'now').mockImplementation(() => now);
    admin = await ctx.newUser(Role.ADMIN);
    editor = await ctx.newUser(Role.EDITOR);
    colleague = await ctx.newUser(Role.EDITOR);
    reader = await ctx.newUser(Role.READER);

    await createEntry(editor.client, {
      kind: 'COURSE_PROVIDER',
      name: 'Sprachschule Beispiel gGmbH',
      visibility: 'PUBLIC',
      addresses: [address('73728', 'Esslingen am Neckar', 'Landkreis Esslingen')],
      openingHours: [{ weekday: 1, opens: '09:00', closes: '12:00' }],
      languages: ['de', 'ar'],
      targetGroups: ['WOMEN'],
      courseOffers: [
        offer('JOB_LANGUAGE_BASIC_B2', 'B2', 'ON_SITE', true, 14),
        offer('INTEGRATION_GENERAL', 'B1', 'ONLINE', false, 60),
      ],
    });
    await createEntry(editor.client, {
      kind: 'COURSE_PROVIDER',
      name: 'Bildungswerk Muster',
      visibility: 'PUBLIC',
      addresses: [address('70173', 'Stuttgart', 'Stuttgart')],
      languages: ['deu', 'tr'],
      // B2 without childcare and childcare on another course: must not match "B2 with childcare".
      courseOffers: [
        offer('JOB_LANGUAGE_BASIC_B2', 'B2', 'HYBRID', false, 7),
        offer('INTEGRATION_PARENTS_WOMEN', 'A2', 'ON_SITE', true, 21),
      ],
    });
    await createEntry(editor.client, {
      kind: 'COURSE_PROVIDER',
      name: 'Kursträger Ulm',
      visibility: 'PUBLIC',
      addresses: [address('89073', 'Ulm', 'Ulm')],
      languages: ['de'],
      courseOffers: [offer('JOB_LANGUAGE_BASIC_B2', 'B2', 'ON_SITE', true, 10)],
    });
    await createEntry(editor.client, {
      kind: 'MIGRANT_ORGANISATION',
      name: 'Eritreischer Verein Ulm',
      visibility: 'PUBLIC',
      addresses: [address('89073', 'Ulm', 'Ulm')],
      openingHours: [{ weekday: 1, opens: '10:00', closes: '12:00' }],
      languages: ['ti', 'ar'],
      targetGroups: ['WOMEN', 'FAMILIES'],
      communities: ['Eritreische Gemeinde'],
      countriesOfOrigin: ['ER'],
      topics: ['WOMEN', 'COUNSELLING'],
    });
    await createEntry(editor.client, {
      kind: 'COUNSELLING_SERVICE',
      name: 'Migrationsberatung Esslingen',
      addresses: [address('73728', 'Esslingen am Neckar', 'Landkreis Esslingen')],
      languages: ['de', 'prs'],
    });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  describe('model and validation', () => {
    it('stores addresses with the postal code’s coordinates, languages with German names and offers with their location', async () => {
      const entry = await createEntry(editor.client, {
        kind: 'COURSE_PROVIDER',
        name: 'Volkshochschule Beispielstadt',
        description: sampleBody('Kurse am Vormittag'),
        addresses: [
          address('72070', 'Tübingen', 'Landkreis Tübingen'),
          address('72108', 'Rottenburg am Neckar', 'Landkreis Tübingen', { latitude: 48.47, longitude: 8.93 }),
        ],
        languages: ['DE', 'fas', 'kmr'],
        courseOffers: [{ ...offer('INTEGRATION_LITERACY', 'A1', 'ON_SITE', true, 30), locationIndex: 1 }],
      });
      expect(entry.addresses[0]).toMatchObject({ postalCode: '72070', coordinatesApproximate: true });
      expect(entry.addresses[0]?.latitude).toBeCloseTo(48.52, 1);
      expect(entry.addresses[1]).toMatchObject({ latitude: 48.47, longitude: 8.93, coordinatesApproximate: false });
      expect(entry.languages).toEqual([
        { code: 'de', name: 'Deutsch' },
        { code: 'fa', name: 'Persisch' },
        { code: 'kmr', name: 'Kurmandschi (Nordkurdisch)' },
      ]);
      expect(entry.courseOffers[0]).toMatchObject({
        type: 'INTEGRATION_LITERACY',
        location: { city: 'Rottenburg am Neckar' },
      });
      expect(entry.version).toBe(1);
      expect(entry.isOutdated).toBe(false);
      expect(entry.lastVerifiedAt).toBe(MONDAY_MORNING.toISOString());
    });

    it('rejects an unknown postal code, an unknown language, a bad description and offers of other kinds with codes', async () => {
      const create = (input: Record<string, unknown>) =>
        editor.client.request(
          'mutation ($input: CreateDirectoryEntryInput!) { createDirectoryEntry(input: $input) { id } }',
          { input: { kind: 'OTHER', name: 'Falsch', ...input } },
        );
      const postal = await create({ addresses: [address('00000', 'Nirgendwo', 'Nirgendwo')] });
      expect(postal.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DIRECTORY_UNKNOWN_POSTAL_CODE',
        postalCode: '00000',
      });
      const malformed = await create({ addresses: [address('7372', 'Esslingen', 'Landkreis Esslingen')] });
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const language = await create({ languages: ['de', 'xx', 'klingon'] });
      expect(language.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DIRECTORY_UNKNOWN_LANGUAGE',
        codes: ['xx', 'klingon'],
      });
      const group = await create({ targetGroups: ['ALIENS'] });
      expect(group.errors?.[0]?.extensions?.reason).toBe('DIRECTORY_UNKNOWN_TARGET_GROUP');
      const description = await create({ description: { type: 'doc', content: [{ type: 'nope' }] } });
      expect(description.errors?.[0]?.extensions?.reason).toBe('DIRECTORY_INVALID_DESCRIPTION');
      const offers = await create({ courseOffers: [offer('OTHER', 'A1', 'ONLINE', false, 3)] });
      expect(offers.errors?.[0]?.extensions?.reason).toBe('DIRECTORY_INVALID_COURSE_OFFER');
      const hours = await create({ openingHours: [{ weekday: 2, opens: '12:00', closes: '09:00' }] });
      expect(hours.errors?.[0]?.extensions?.reason).toBe('DIRECTORY_INVALID_OPENING_HOURS');
      const near = await reader.client.request(LIST, { filter: { near: { postalCode: '00000', radiusKm: 10 } } });
      expect(near.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DIRECTORY_UNKNOWN_POSTAL_CODE',
      });
      const total = await ctx.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM directory_entry WHERE name = 'Falsch'`,
      );
      expect(total[0]?.n).toBe(0);
    });

    it('refuses a duplicate external id with CONFLICT', async () => {
      await createEntry(editor.client, { externalId: 'import-1' });
      const again = await editor.client.request(
        'mutation { createDirectoryEntry(input: { kind: OTHER, name: "Doppelt", externalId: "import-1" }) { id } }',
      );
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DIRECTORY_EXTERNAL_ID_TAKEN' });
    });
  });

  describe('facets', () => {
    const SCOPE = { districts: ['Landkreis Esslingen', 'Stuttgart', 'Ulm'], text: '' };

    it('counts every kind for staff and only PUBLIC entries for anonymous visitors', async () => {
      const staff = await list(reader.client, { filter: { districts: SCOPE.districts } });
      expect(counts(staff.facets.kinds)).toEqual({
        COURSE_PROVIDER: 3,
        MIGRANT_ORGANISATION: 1,
        COUNSELLING_SERVICE: 1,
      });
      expect(staff.totalCount).toBe(5);
      const anonymous = await list(ctx.anonymous(), { filter: { districts: SCOPE.districts } });
      expect(counts(anonymous.facets.kinds)).toEqual({ COURSE_PROVIDER: 3, MIGRANT_ORGANISATION: 1 });
      expect(anonymous.edges.map((edge) => edge.node.name)).not.toContain('Migrationsberatung Esslingen');
    });

    it('matches course facets on one and the same offer and counts each facet without its own filter', async () => {
      const result = await list(reader.client, {
        filter: { districts: SCOPE.districts, courseTypes: ['JOB_LANGUAGE_BASIC_B2'], childcare: true },
      });
      expect(result.edges.map((edge) => edge.node.name)).toEqual(['Kursträger Ulm', 'Sprachschule Beispiel gGmbH']);
      expect(result.totalCount).toBe(2);
      // Course types with childcare (own filter ignored): B2 at two providers, parents/women course at one.
      expect(counts(result.facets.courseTypes)).toEqual({ JOB_LANGUAGE_BASIC_B2: 2, INTEGRATION_PARENTS_WOMEN: 1 });
      expect(result.facets.courseTypes.find((item) => item.value === 'JOB_LANGUAGE_BASIC_B2')?.label).toBe(
        'Berufssprachkurs Basis B2',
      );
      // Childcare (own filter ignored) among B2 offers: the Stuttgart B2 course has none.
      expect(result.facets.childcare).toBe(2);
      expect(counts(result.facets.kinds)).toEqual({ COURSE_PROVIDER: 2 });
      expect(counts(result.facets.cefrLevels)).toEqual({ B2: 2 });
      expect(counts(result.facets.formats)).toEqual({ ON_SITE: 2 });
      // Selected values stay listed with 0 so they can be deselected.
      expect(counts(result.facets.districts)).toEqual({ 'Landkreis Esslingen': 1, Ulm: 1, Stuttgart: 0 });
    });

    it('ORs within a facet and ANDs across facets', async () => {
      const either = await list(reader.client, { filter: { districts: SCOPE.districts, languages: ['ti', 'tr'] } });
      expect(either.edges.map((edge) => edge.node.name)).toEqual(['Bildungswerk Muster', 'Eritreischer Verein Ulm']);
      const both = await list(reader.client, {
        filter: { districts: SCOPE.districts, languages: ['ti', 'tr'], kinds: ['MIGRANT_ORGANISATION'] },
      });
      expect(both.edges.map((edge) => edge.node.name)).toEqual(['Eritreischer Verein Ulm']);
      // Languages counted with the kind filter but without their own.
      expect(counts(both.facets.languages)).toEqual({ ti: 1, ar: 1, tr: 0 });
      expect(both.facets.languages.find((item) => item.value === 'ti')?.label).toBe('Tigrinya');
      expect(counts(both.facets.kinds)).toEqual({ COURSE_PROVIDER: 1, MIGRANT_ORGANISATION: 1 });
      const women = await list(reader.client, {
        filter: { districts: ['Ulm'], targetGroups: ['WOMEN'] },
      });
      expect(women.edges.map((edge) => edge.node.name)).toEqual(['Eritreischer Verein Ulm']);
      expect(counts(women.facets.districts)).toEqual({ 'Landkreis Esslingen': 1, Ulm: 1 });
    });

    it('filters "open now" in Berlin time and "starts within N weeks" with the controlled clock', async () => {
      const open = await list(reader.client, { filter: { districts: SCOPE.districts, openNow: true } });
      expect(open.edges.map((edge) => edge.node.name)).toEqual(['Sprachschule Beispiel gGmbH']);
      expect(open.facets.openNow).toBe(1);
      now = new Date('2026-03-02T09:15:00Z'); // 10:15 in Berlin: the association has opened too
      try {
        const later = await list(reader.client, { filter: { districts: SCOPE.districts, openNow: true } });
        expect(later.edges.map((edge) => edge.node.name)).toEqual([
          'Eritreischer Verein Ulm',
          'Sprachschule Beispiel gGmbH',
        ]);
      } finally {
        now = MONDAY_MORNING;
      }
      const soon = await list(reader.client, { filter: { districts: SCOPE.districts, startsWithinWeeks: 1 } });
      expect(soon.edges.map((edge) => edge.node.name)).toEqual(['Bildungswerk Muster']);
      expect(soon.facets.startsWithin).toEqual([
        { weeks: 1, count: 1 },
        { weeks: 2, count: 3 },
        { weeks: 4, count: 3 },
        { weeks: 8, count: 3 },
        { weeks: 12, count: 3 },
      ]);
    });

    it('finds entries within N km of a postal code, nearest first, combined with facets', async () => {
      const nearUlm = await list(reader.client, {
        filter: { districts: SCOPE.districts, near: { postalCode: '89073', radiusKm: 200 } },
      });
      const distances = nearUlm.edges.map((edge) => edge.node.distanceKm ?? -1);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(
        nearUlm.edges
          .slice(0, 2)
          .map((edge) => edge.node.name)
          .sort(),
      ).toEqual(['Eritreischer Verein Ulm', 'Kursträger Ulm']);
      expect(distances[0]).toBe(0);
      expect(distances.at(-1)).toBeGreaterThan(60);
      const esslingen = await list(reader.client, {
        filter: { near: { postalCode: '73728', radiusKm: 25 } },
      });
      expect(esslingen.edges.map((edge) => edge.node.name)).toEqual([
        'Migrationsberatung Esslingen',
        'Sprachschule Beispiel gGmbH',
        'Bildungswerk Muster',
      ]);
      expect(esslingen.edges[2]?.node.distanceKm).toBeGreaterThan(5);
      expect(esslingen.edges[2]?.node.distanceKm).toBeLessThan(25);
      const question = await list(reader.client, {
        filter: {
          courseTypes: ['JOB_LANGUAGE_BASIC_B2'],
          childcare: true,
          near: { postalCode: '73728', radiusKm: 25 },
        },
      });
      expect(question.edges.map((edge) => edge.node.name)).toEqual(['Sprachschule Beispiel gGmbH']);
    });

    it('pages with a cursor', async () => {
      const first = await list(reader.client, { filter: { districts: SCOPE.districts }, first: 2 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list(reader.client, {
        filter: { districts: SCOPE.districts },
        first: 10,
        after: first.pageInfo.endCursor,
      });
      expect([...first.edges, ...second.edges].map((edge) => edge.node.name)).toHaveLength(5);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('keeping it right', () => {
    it('refuses a stale update with CONFLICT carrying the current values, and keeps the newer change', async () => {
      const entry = await createEntry(editor.client, { name: 'Beratungszentrum Beispiel', phone: '0711 1' });
      await editor.client.expectData(UPDATE_ENTRY, { id: entry.id, input: { baseVersion: 1, phone: '0711 2' } });
      const stale = await colleague.client.request(UPDATE_ENTRY, {
        id: entry.id,
        input: { baseVersion: 1, phone: '0711 3', name: 'Überschrieben' },
      });
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'DIRECTORY_STALE_VERSION',
        currentVersion: 2,
        current: { phone: '0711 2', name: 'Beratungszentrum Beispiel' },
      });
      const read = await reader.client.expectData<{ directoryEntry: EntryResult & { phone: string } }>(
        `query ($id: ID!) { directoryEntry(id: $id) { ${ENTRY_FIELDS} phone } }`,
        { id: entry.id },
      );
      expect(read.directoryEntry).toMatchObject({ version: 2, phone: '0711 2', name: 'Beratungszentrum Beispiel' });
    });

    it('keeps every change in the history: who, when, which fields, old and new values', async () => {
      const entry = await createEntry(editor.client, { name: 'Jugendmigrationsdienst Beispiel', languages: ['de'] });
      await colleague.client.expectData(UPDATE_ENTRY, {
        id: entry.id,
        input: { baseVersion: 1, languages: ['de', 'uk'], website: 'https://jmd.example' },
      });
      // A save without a real change neither bumps the version nor writes history.
      const same = await colleague.client.expectData<{ updateDirectoryEntry: EntryResult }>(UPDATE_ENTRY, {
        id: entry.id,
        input: { baseVersion: 2, website: 'https://jmd.example' },
      });
      expect(same.updateDirectoryEntry.version).toBe(2);
      const data = await reader.client.expectData<{
        directoryEntry: {
          internal: {
            history: {
              action: string;
              version: number;
              changedAt: string;
              changedBy: { displayName: string };
              changes: { field: string; oldValue: unknown; newValue: unknown }[];
            }[];
          };
        };
      }>(
        `query ($id: ID!) { directoryEntry(id: $id) { internal { history { action version changedAt changedBy { displayName }
          changes { field oldValue newValue } } } } }`,
        { id: entry.id },
      );
      const history = data.directoryEntry.internal.history;
      expect(history.map((row) => row.action)).toEqual(['UPDATED', 'CREATED']);
      expect(history[0]).toMatchObject({ version: 2, changedBy: { displayName: colleague.user.displayName } });
      expect(history[0]?.changes).toEqual([
        { field: 'website', oldValue: '', newValue: 'https://jmd.example' },
        { field: 'languages', oldValue: ['de'], newValue: ['de', 'uk'] },
      ]);
      expect(history[1]?.changedBy.displayName).toBe(editor.user.displayName);
    });

    it('marks entries outdated after the interval of their kind, lists them for review and clears the badge on verify', async () => {
      const entry = await createEntry(editor.client, { name: 'Ausländerbehörde Beispielkreis', kind: 'AUTHORITY' });
      const query = `query ($id: ID!) { directoryEntry(id: $id) { isOutdated lastVerifiedAt internal { lastVerifiedBy { displayName } } } }`;
      const reviews = `{ myDirectoryReviews { name isOutdated } }`;
      try {
        now = new Date('2027-03-01T08:30:00Z'); // one day short of twelve months
        expect(
          (await reader.client.expectData<{ directoryEntry: { isOutdated: boolean } }>(query, { id: entry.id }))
            .directoryEntry.isOutdated,
        ).toBe(false);
        now = new Date('2027-04-02T08:30:00Z');
        expect(
          (await reader.client.expectData<{ directoryEntry: { isOutdated: boolean } }>(query, { id: entry.id }))
            .directoryEntry.isOutdated,
        ).toBe(true);
        const mine = await editor.client.expectData<{ myDirectoryReviews: { name: string; isOutdated: boolean }[] }>(
          reviews,
        );
        expect(mine.myDirectoryReviews.map((item) => item.name)).toContain('Ausländerbehörde Beispielkreis');
        expect(mine.myDirectoryReviews.every((item) => item.isOutdated)).toBe(true);
        const theirs = await colleague.client.expectData<{ myDirectoryReviews: { name: string }[] }>(reviews);
        expect(theirs.myDirectoryReviews).toEqual([]);

        // A longer interval for authorities makes the same entry current again.
        await admin.client.expectData(
          'mutation { setDirectoryVerificationInterval(kind: AUTHORITY, months: 24) { months } }',
        );
        expect(
          (await reader.client.expectData<{ directoryEntry: { isOutdated: boolean } }>(query, { id: entry.id }))
            .directoryEntry.isOutdated,
        ).toBe(false);
        await admin.client.expectData(
          'mutation { setDirectoryVerificationInterval(kind: AUTHORITY, months: 12) { months } }',
        );

        const verified = await colleague.client.expectData<{
          verifyDirectoryEntry: { isOutdated: boolean; version: number; lastVerifiedAt: string };
        }>('mutation ($id: ID!) { verifyDirectoryEntry(id: $id) { isOutdated version lastVerifiedAt } }', {
          id: entry.id,
        });
        expect(verified.verifyDirectoryEntry).toEqual({
          isOutdated: false,
          version: 1,
          lastVerifiedAt: '2027-04-02T08:30:00.000Z',
        });
        const read = await reader.client.expectData<{
          directoryEntry: { internal: { lastVerifiedBy: { displayName: string } } };
        }>(query, { id: entry.id });
        expect(read.directoryEntry.internal.lastVerifiedBy.displayName).toBe(colleague.user.displayName);
        expect(
          (await editor.client.expectData<{ myDirectoryReviews: { name: string }[] }>(reviews)).myDirectoryReviews.map(
            (item) => item.name,
          ),
        ).not.toContain('Ausländerbehörde Beispielkreis');
      } finally {
        now = MONDAY_MORNING;
      }
    });
  });

  describe('contact persons and permissions', () => {
    it('never shows contact persons to anonymous visitors, and removing a person deletes the data', async () => {
      const entry = await createEntry(editor.client, {
        kind: 'MIGRANT_ORGANISATION',
        name: 'Afghanischer Kulturverein Beispiel',
        visibility: 'PUBLIC',
        addresses: [address('89073', 'Ulm', 'Ulm')],
      });
      const added = await editor.client.expectData<{ addDirectoryContactPerson: { id: string } }>(
        `mutation ($id: ID!) { addDirectoryContactPerson(entryId: $id, input: {
          name: "Zarina Geheimname", role: "Vorstand", phone: "0731 999888", email: "zarina@verein.example",
          languages: ["prs", "ps"], consentGivenOn: "2026-02-01" }) { id } }`,
        { id: entry.id },
      );
      const PERSON = `internal { externalId contactPersons { name phone email consentGivenOn } cooperation { agencyContact } }`;
      const staff = await reader.client.expectData<{
        directoryEntry: { internal: { contactPersons: { name: string; consentGivenOn: string }[] } };
      }>(`query ($id: ID!) { directoryEntry(id: $id) { ${PERSON} } }`, { id: entry.id });
      expect(staff.directoryEntry.internal.contactPersons).toEqual([
        expect.objectContaining({ name: 'Zarina Geheimname', consentGivenOn: '2026-02-01' }),
      ]);

      await ctx.app.get(SearchIndexWorker).drain();
      const anonymous = ctx.anonymous();
      const responses = [
        await anonymous.request(`query ($id: ID!) { directoryEntry(id: $id) { name ${PERSON} } }`, { id: entry.id }),
        await anonymous.request(`{ directoryEntries(first: 100) { edges { node { name ${PERSON} } } } }`),
        await anonymous.request('{ search(query: "Kulturverein") { hits { title snippet kind } } }'),
        await anonymous.request('{ search(query: "Geheimname") { totalCount hits { title snippet } } }'),
      ];
      expect(responses[0]?.data).toEqual({
        directoryEntry: { name: 'Afghanischer Kulturverein Beispiel', internal: null },
      });
      expect(JSON.stringify(responses[2]?.data)).toContain('DIRECTORY_ENTRY');
      for (const response of responses) {
        expect(response.text).not.toMatch(/Geheimname|999888|zarina@/);
      }

      await editor.client.expectData('mutation ($id: ID!) { removeDirectoryContactPerson(id: $id) }', {
        id: added.addDirectoryContactPerson.id,
      });
      const rows = await ctx.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM directory_contact_person WHERE id = $1',
        [added.addDirectoryContactPerson.id],
      );
      expect(rows[0]?.n).toBe(0);
      const history = await ctx.dataSource.query<{ action: string; changes: string }[]>(
        'SELECT action, changes::text AS changes FROM directory_entry_change WHERE "entryId" = $1',
        [entry.id],
      );
      expect(history.map((row) => row.action).sort()).toEqual([
        'CONTACT_PERSON_ADDED',
        'CONTACT_PERSON_REMOVED',
        'CREATED',
      ]);
      expect(JSON.stringify(history)).not.toMatch(/Geheimname|999888/);
    });

    it('enforces roles: readers read, editors write, owners and admins delete, anonymous sees PUBLIC only', async () => {
      const internal = await createEntry(editor.client, { name: 'Interner Eintrag' });
      const anonymous = ctx.anonymous();
      const read = `query ($id: ID!) { directoryEntry(id: $id) { name } }`;
      expect(await anonymous.errorCode(read, { id: internal.id })).toBe('NOT_FOUND');
      expect(
        (await reader.client.expectData<{ directoryEntry: { name: string } }>(read, { id: internal.id })).directoryEntry
          .name,
      ).toBe('Interner Eintrag');
      const create = 'mutation { createDirectoryEntry(input: { kind: OTHER, name: "Neu" }) { id } }';
      expect(await anonymous.errorCode(create)).toBe('UNAUTHENTICATED');
      expect(await reader.client.errorCode(create)).toBe('FORBIDDEN');
      const update = { id: internal.id, input: { baseVersion: 1, phone: '07000' } };
      expect(await reader.client.errorCode(UPDATE_ENTRY, update)).toBe('FORBIDDEN');
      await colleague.client.expectData(UPDATE_ENTRY, update);
      expect(
        await reader.client.errorCode('mutation ($id: ID!) { verifyDirectoryEntry(id: $id) { id } }', {
          id: internal.id,
        }),
      ).toBe('FORBIDDEN');
      expect(await anonymous.errorCode('{ myDirectoryReviews { id } }')).toBe('UNAUTHENTICATED');

      const remove = 'mutation ($id: ID!) { deleteDirectoryEntry(id: $id) }';
      const denied = await colleague.client.request(remove, { id: internal.id });
      expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DIRECTORY_NOT_ALLOWED' });
      expect(await reader.client.errorCode(remove, { id: internal.id })).toBe('FORBIDDEN');
      const canDelete = `query ($id: ID!) { directoryEntry(id: $id) { internal { viewerCanDelete } } }`;
      expect(
        (
          await editor.client.expectData<{ directoryEntry: { internal: { viewerCanDelete: boolean } } }>(canDelete, {
            id: internal.id,
          })
        ).directoryEntry.internal.viewerCanDelete,
      ).toBe(true);
      expect(
        (
          await colleague.client.expectData<{ directoryEntry: { internal: { viewerCanDelete: boolean } } }>(canDelete, {
            id: internal.id,
          })
        ).directoryEntry.internal.viewerCanDelete,
      ).toBe(false);
      await editor.client.expectData(remove, { id: internal.id });
      expect(await reader.client.errorCode(read, { id: internal.id })).toBe('NOT_FOUND');

      const other = await createEntry(editor.client, { name: 'Von Admin gelöscht' });
      await admin.client.expectData(remove, { id: other.id });
      expect(
        await admin.client.errorCode(
          'mutation { setDirectoryVerificationInterval(kind: OTHER, months: 0) { months } }',
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        await editor.client.errorCode(
          'mutation { setDirectoryVerificationInterval(kind: OTHER, months: 6) { months } }',
        ),
      ).toBe('FORBIDDEN');
    });
  });
});
