import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../test-app';
import { CREATE_ENTRY, createEntry, UPDATE_ENTRY } from './directory-fixtures';

const CREATE_CODE = `mutation ($input: CreateDirectoryCodeInput!) { createDirectoryCode(input: $input) { list code name archived position } }`;
const UPDATE_CODE = `mutation ($list: DirectoryCodeList!, $code: String!, $input: UpdateDirectoryCodeInput!) {
  updateDirectoryCode(list: $list, code: $code, input: $input) { code name archived } }`;
const CODE_LISTS = `{ directoryCodeLists { targetGroups { code name } organisationTopics { code name } } }`;
const ENTRY = `query ($id: ID!) { directoryEntry(id: $id) { version targetGroups { code name } topics { code name } } }`;

interface CodeLists {
  directoryCodeLists: { targetGroups: { code: string; name: string }[]; organisationTopics: { code: string }[] };
}

describe('managed code lists of the directory', () => {
  let ctx: TestApp;
  let admin: SignedInUser;
  let editor: SignedInUser;

  const targetGroupCodes = async (client = editor.client) =>
    (await client.expectData<CodeLists>(CODE_LISTS)).directoryCodeLists.targetGroups.map((group) => group.code);

  beforeAll(async () => {
    ctx = await startTestApp();
    admin = await ctx.newUser(Role.ADMIN);
    editor = await ctx.newUser(Role.EDITOR);
  });
  afterAll(() => ctx?.close());

  it('starts with the target groups and topics the directory had before they became lists', async () => {
    const lists = (await editor.client.expectData<CodeLists>(CODE_LISTS)).directoryCodeLists;
    expect(lists.targetGroups.slice(0, 2)).toEqual([
      { code: 'WOMEN', name: 'Frauen' },
      { code: 'YOUTH', name: 'Jugendliche und junge Erwachsene' },
    ]);
    expect(lists.organisationTopics.map((topic) => topic.code)).toContain('ANTI_DISCRIMINATION');
  });

  it('lets only admins add values; a new value is offered and accepted at once', async () => {
    const input = { list: 'TARGET_GROUP', name: 'Alleinerziehende' };
    expect(await editor.client.errorCode(CREATE_CODE, { input })).toBe('FORBIDDEN');
    expect(await ctx.anonymous().errorCode(CREATE_CODE, { input })).toBe('UNAUTHENTICATED');

    const created = await admin.client.expectData<{ createDirectoryCode: { code: string; position: number } }>(
      CREATE_CODE,
      { input },
    );
    expect(created.createDirectoryCode.code).toBe('ALLEINERZIEHENDE');
    expect(await targetGroupCodes()).toContain('ALLEINERZIEHENDE');
    const entry = await createEntry(editor.client, { targetGroups: ['ALLEINERZIEHENDE', 'WOMEN'] });
    expect(entry.targetGroups).toEqual([
      { code: 'ALLEINERZIEHENDE', name: 'Alleinerziehende' },
      { code: 'WOMEN', name: 'Frauen' },
    ]);
  });

  it('refuses a name or code that the list has already, and a code it cannot form', async () => {
    const taken = await admin.client.request(CREATE_CODE, { input: { list: 'TARGET_GROUP', name: 'Frauen' } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DIRECTORY_CODE_TAKEN' });
    const sameCode = await admin.client.request(CREATE_CODE, {
      input: { list: 'TARGET_GROUP', name: 'Weibliche Personen', code: 'WOMEN' },
    });
    expect(sameCode.errors?.[0]?.extensions?.reason).toBe('DIRECTORY_CODE_TAKEN');
    // The same name in the other list is fine.
    await admin.client.expectData(CREATE_CODE, { input: { list: 'ORGANISATION_TOPIC', name: 'Frauen' } });
    const noCode = await admin.client.request(CREATE_CODE, { input: { list: 'TARGET_GROUP', name: '123' } });
    expect(noCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DIRECTORY_INVALID_CODE' });
    const badCode = await admin.client.request(CREATE_CODE, {
      input: { list: 'TARGET_GROUP', name: 'Gültig', code: 'klein' },
    });
    expect(badCode.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('renames everywhere at once, and archives: kept on entries that have it, refused for new ones', async () => {
    await admin.client.expectData(CREATE_CODE, { input: { list: 'TARGET_GROUP', name: 'Pendler', code: 'COMMUTERS' } });
    const entry = await createEntry(editor.client, { targetGroups: ['COMMUTERS'] });
    await admin.client.expectData(UPDATE_CODE, {
      list: 'TARGET_GROUP',
      code: 'COMMUTERS',
      input: { name: 'Pendlerinnen und Pendler', archived: true },
    });
    expect(
      await editor.client.errorCode(UPDATE_CODE, {
        list: 'TARGET_GROUP',
        code: 'COMMUTERS',
        input: { archived: false },
      }),
    ).toBe('FORBIDDEN');

    const read = await editor.client.expectData<{ directoryEntry: { version: number; targetGroups: unknown[] } }>(
      ENTRY,
      { id: entry.id },
    );
    expect(read.directoryEntry.targetGroups).toEqual([{ code: 'COMMUTERS', name: 'Pendlerinnen und Pendler' }]);
    expect(await targetGroupCodes()).not.toContain('COMMUTERS');

    // The entry keeps its archived value through an edit; another entry cannot take it.
    const kept = await editor.client.request(UPDATE_ENTRY, {
      id: entry.id,
      input: { baseVersion: read.directoryEntry.version, targetGroups: ['COMMUTERS', 'WOMEN'] },
    });
    expect(kept.errors, JSON.stringify(kept.errors)).toBeUndefined();
    const refused = await editor.client.request(CREATE_ENTRY, {
      input: { kind: 'OTHER', name: 'Neuer Eintrag', targetGroups: ['COMMUTERS'] },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'DIRECTORY_UNKNOWN_TARGET_GROUP',
      codes: ['COMMUTERS'],
    });

    const unknown = await admin.client.request(UPDATE_CODE, {
      list: 'TARGET_GROUP',
      code: 'NIEMALS',
      input: { name: 'x' },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'DIRECTORY_CODE_NOT_FOUND' });
  });
});
