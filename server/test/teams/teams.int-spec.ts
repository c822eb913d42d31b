import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgenciesService } from '../../src/agencies/agencies.service';
import { AgencyKind } from '../../src/agencies/agency-kind';
import { DirectoryClock } from '../../src/directory/directory-clock';
import { ReviewClock } from '../../src/reviews/review-clock';
import { ArticleSearchDocuments } from '../../src/search/article-search-documents';
import { ReviewSweepService } from '../../src/reviews/review-sweep.service';
import { UsersService } from '../../src/users/users.service';
import { createEntry } from '../directory/directory-fixtures';
import { GraphqlClient } from '../graphql-client';
import { PASSWORD, Role, startTestApp, type SignedInUser, type TestApp } from '../test-app';

const DAY = 86_400_000;

const TEAM_FIELDS =
  'id name description agency { id } members { id displayName } viewerCanManage owned { articles directoryEntries }';
const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { ${TEAM_FIELDS} } }`;
const UPDATE_TEAM = `mutation ($id: ID!, $input: UpdateTeamInput!) { updateTeam(id: $id, input: $input) { ${TEAM_FIELDS} } }`;
const DELETE_TEAM = 'mutation ($id: ID!) { deleteTeam(id: $id) }';
const ADD_MEMBER = `mutation ($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u) { ${TEAM_FIELDS} } }`;
const REMOVE_MEMBER = `mutation ($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) { ${TEAM_FIELDS} } }`;
const SET_ARTICLE_OWNER =
  'mutation ($id: ID!, $owner: OwnerInput!) { setArticleOwner(id: $id, owner: $owner) { id owner { id } ownerTeam { id name } } }';
const SET_ENTRY_OWNER =
  'mutation ($id: ID!, $owner: OwnerInput!) { setDirectoryEntryOwner(id: $id, owner: $owner) { id version internal { owner { id } ownerTeam { id name } history { action changes { field oldValue newValue } } } } }';
const PUBLISH = 'mutation ($id: ID!) { publishArticle(id: $id) { id } }';
const MY_REVIEWS = 'query { myReviews { article { id } overdue } }';
const MY_DIRECTORY_REVIEWS = 'query { myDirectoryReviews { id } }';

interface Team {
  id: string;
  name: string;
  description: string;
  agency: { id: string } | null;
  members: { id: string; displayName: string }[];
  viewerCanManage: boolean;
  owned: { articles: number; directoryEntries: number };
}

/** A real SMTP server on a free local port that keeps every received mail with its recipients. */
async function startSmtpServer(): Promise<{
  server: SMTPServer;
  port: number;
  mails: { mail: ParsedMail; to: string[] }[];
}> {
  const mails: { mail: ParsedMail; to: string[] }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({ mail, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, mails };
}

describe('teams as owners', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let ctx: TestApp;
  let admin: SignedInUser;
  let editor: SignedInUser;
  let member: SignedInUser;
  let outsider: SignedInUser;
  let reader: SignedInUser;
  let foreignEditor: SignedInUser;
  let agencyId: string;

  async function userInOtherAgency(role: Role, email: string): Promise<SignedInUser> {
    const agency = await ctx.app
      .get(AgenciesService)
      .create({ name: `Andere Dienststelle ${email}`, kind: AgencyKind.JOBCENTER, region: 'BW' });
    const user = await ctx.app.get(UsersService).create({
      email,
      displayName: `Fremd ${role}`,
      password: PASSWORD,
      role,
      functions: [],
      agencyId: agency.id,
    });
    const client = new GraphqlClient(ctx.url);
    await client.expectData(
      'mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id } }',
      {
        e: email,
        p: PASSWORD,
      },
    );
    return { user, password: PASSWORD, client };
  }

  async function createTeam(client: GraphqlClient, input: Record<string, unknown>): Promise<Team> {
    return (await client.expectData<{ createTeam: Team }>(CREATE_TEAM, { input })).createTeam;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    ctx = await startTestApp({
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'Wissensnetz <noreply@wiki.example.org>',
        PUBLIC_URL: 'https://wiki.example.org',
        REVIEW_SWEEP_MINUTES: '0',
        REVIEW_DEFAULT_MONTHS: '6',
      },
    });
    admin = await ctx.newUser(Role.ADMIN);
    editor = await ctx.newUser(Role.EDITOR);
    member = await ctx.newUser(Role.EDITOR, { email: 'team-member@test.example' });
    outsider = await ctx.newUser(Role.EDITOR, { email: 'outsider@test.example' });
    reader = await ctx.newUser(Role.READER, { email: 'team-reader@test.example' });
    foreignEditor = await userInOtherAgency(Role.EDITOR, 'foreign-editor@test.example');
    agencyId = editor.user.agencyId as string;
  });

  afterAll(async () => {
    await ctx?.close();
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
  });

  describe('managing teams per role', () => {
    it('refuses anonymous visitors and readers', async () => {
      expect(await ctx.anonymous().errorCode('query { teams { id } }')).toBe('UNAUTHENTICATED');
      expect(await reader.client.errorCode(CREATE_TEAM, { input: { name: 'Leseteam' } })).toBe('FORBIDDEN');
      const team = await createTeam(admin.client, { name: 'Nur lesen', agencyId });
      expect(await reader.client.errorCode(ADD_MEMBER, { t: team.id, u: reader.user.id })).toBe('FORBIDDEN');
      expect(await reader.client.errorCode(DELETE_TEAM, { id: team.id })).toBe('FORBIDDEN');
      // Readers may see teams (they appear as owners) but not manage them.
      const seen = await reader.client.expectData<{ team: Team }>(
        `query ($id: ID!) { team(id: $id) { ${TEAM_FIELDS} } }`,
        {
          id: team.id,
        },
      );
      expect(seen.team).toMatchObject({ name: 'Nur lesen', viewerCanManage: false });
    });

    it('lets an editor create and manage teams of their own agency only', async () => {
      const team = await createTeam(editor.client, {
        name: 'IKB-Team Esslingen',
        description: 'Integrationskursberatung',
      });
      expect(team.agency?.id).toBe(agencyId);
      expect(team.viewerCanManage).toBe(true);

      const renamed = await editor.client.expectData<{ updateTeam: Team }>(UPDATE_TEAM, {
        id: team.id,
        input: { name: 'IKB-Team Esslingen-Nord' },
      });
      expect(renamed.updateTeam.name).toBe('IKB-Team Esslingen-Nord');
      const added = await editor.client.expectData<{ addTeamMember: Team }>(ADD_MEMBER, {
        t: team.id,
        u: member.user.id,
      });
      expect(added.addTeamMember.members.map((user) => user.id)).toEqual([member.user.id]);

      // Another agency's editor: no managing, no creating for this agency, no moving.
      expect(await foreignEditor.client.errorCode(UPDATE_TEAM, { id: team.id, input: { name: 'Gekapert' } })).toBe(
        'FORBIDDEN',
      );
      expect(await foreignEditor.client.errorCode(ADD_MEMBER, { t: team.id, u: foreignEditor.user.id })).toBe(
        'FORBIDDEN',
      );
      expect(await foreignEditor.client.errorCode(CREATE_TEAM, { input: { name: 'Fremdes Team', agencyId } })).toBe(
        'FORBIDDEN',
      );
      expect(await editor.client.errorCode(UPDATE_TEAM, { id: team.id, input: { agencyId: null } })).toBe('FORBIDDEN');
      expect(await editor.client.errorCode(CREATE_TEAM, { input: { name: 'Ohne Dienststelle', agencyId: null } })).toBe(
        'FORBIDDEN',
      );
    });

    it('lets admins manage every team; names are unique regardless of case', async () => {
      const team = await createTeam(admin.client, { name: 'Projektteam Ulm' });
      expect(team.agency).toBeNull();
      expect(await editor.client.errorCode(UPDATE_TEAM, { id: team.id, input: { name: 'X-Team' } })).toBe('FORBIDDEN');
      expect(await admin.client.errorCode(CREATE_TEAM, { input: { name: 'projektteam ulm' } })).toBe('CONFLICT');
      await admin.client.expectData(ADD_MEMBER, { t: team.id, u: outsider.user.id });
      await admin.client.expectData(ADD_MEMBER, { t: team.id, u: outsider.user.id }); // twice is a no-op
      const removed = await admin.client.expectData<{ removeTeamMember: Team }>(REMOVE_MEMBER, {
        t: team.id,
        u: outsider.user.id,
      });
      expect(removed.removeTeamMember.members).toEqual([]);
      expect(await admin.client.expectData(DELETE_TEAM, { id: team.id })).toEqual({ deleteTeam: true });
      expect(await admin.client.errorCode(`query ($id: ID!) { team(id: $id) { id } }`, { id: team.id })).toBe(
        'NOT_FOUND',
      );
    });

    it('takes only active editors and admins as members, offered by ownerCandidates', async () => {
      const team = await createTeam(editor.client, { name: 'Nur Redaktion' });
      const refused = await editor.client.request(ADD_MEMBER, { t: team.id, u: reader.user.id });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TEAM_MEMBER_NOT_EDITOR',
      });
      const candidates = await editor.client.expectData<{ ownerCandidates: { id: string }[] }>(
        'query { ownerCandidates { id displayName } }',
      );
      const ids = candidates.ownerCandidates.map((user) => user.id);
      expect(ids).toContain(admin.user.id);
      expect(ids).toContain(member.user.id);
      expect(ids).not.toContain(reader.user.id);
      expect(await reader.client.errorCode('query { ownerCandidates { id } }')).toBe('FORBIDDEN');
      await editor.client.expectData(DELETE_TEAM, { id: team.id });
    });

    it('lists the viewer’s own teams in myTeams', async () => {
      const mine = await member.client.expectData<{ myTeams: { name: string }[] }>('query { myTeams { name } }');
      expect(mine.myTeams.map((team) => team.name)).toEqual(['IKB-Team Esslingen-Nord']);
      expect((await outsider.client.expectData<{ myTeams: unknown[] }>('query { myTeams { id } }')).myTeams).toEqual(
        [],
      );
    });
  });

  describe('owners and the review cycle', () => {
    let team: Team;
    let teamArticle: string;
    let entryId: string;

    beforeAll(async () => {
      team = await createTeam(admin.client, { name: 'Review-Team', agencyId });
      await admin.client.expectData(ADD_MEMBER, { t: team.id, u: member.user.id });
      await admin.client.expectData(ADD_MEMBER, { t: team.id, u: editor.user.id });
      const article = await ctx.newArticle(editor.client, { title: 'Teamartikel Sprachkurse' });
      await editor.client.expectData(PUBLISH, { id: article.id });
      teamArticle = article.id;
      entryId = (await createEntry(editor.client, { name: 'Sprachschule Beispiel gGmbH' })).id;
    });

    it('sets the owner to a team or a user, exactly one at a time', async () => {
      const toTeam = await editor.client.expectData<{ setArticleOwner: { owner: unknown; ownerTeam: { id: string } } }>(
        SET_ARTICLE_OWNER,
        { id: teamArticle, owner: { teamId: team.id } },
      );
      expect(toTeam.setArticleOwner).toMatchObject({ owner: null, ownerTeam: { id: team.id, name: 'Review-Team' } });

      const toUser = await editor.client.expectData<{ setArticleOwner: unknown }>(SET_ARTICLE_OWNER, {
        id: teamArticle,
        owner: { userId: outsider.user.id },
      });
      expect(toUser.setArticleOwner).toMatchObject({ owner: { id: outsider.user.id }, ownerTeam: null });

      const both = await editor.client.request(SET_ARTICLE_OWNER, {
        id: teamArticle,
        owner: { userId: outsider.user.id, teamId: team.id },
      });
      expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWNER_EXACTLY_ONE' });
      expect(await editor.client.errorCode(SET_ARTICLE_OWNER, { id: teamArticle, owner: {} })).toBe('BAD_USER_INPUT');
      const readerOwner = await editor.client.request(SET_ARTICLE_OWNER, {
        id: teamArticle,
        owner: { userId: reader.user.id },
      });
      expect(readerOwner.errors?.[0]?.extensions?.reason).toBe('OWNER_NOT_EDITOR');
      expect(await reader.client.errorCode(SET_ARTICLE_OWNER, { id: teamArticle, owner: { teamId: team.id } })).toBe(
        'FORBIDDEN',
      );

      // The database refuses both owners at once, whatever writes it.
      await expect(
        ctx.dataSource.query('UPDATE article SET "ownerTeamId" = $1 WHERE id = $2', [team.id, teamArticle]),
      ).rejects.toThrow(/CHK_article_one_owner/);

      await editor.client.expectData(SET_ARTICLE_OWNER, { id: teamArticle, owner: { teamId: team.id } });
    });

    it("files a team-owned article under the team's agency in search", async () => {
      const foreignAgency = foreignEditor.user.agencyId as string;
      const other = await createTeam(admin.client, { name: 'Team der anderen Dienststelle', agencyId: foreignAgency });
      const documents = ctx.app.get(ArticleSearchDocuments);
      await editor.client.expectData(SET_ARTICLE_OWNER, { id: teamArticle, owner: { teamId: other.id } });
      expect((await documents.build([teamArticle])).documents[0]?.agencyId).toBe(foreignAgency);
      await editor.client.expectData(SET_ARTICLE_OWNER, { id: teamArticle, owner: { teamId: team.id } });
      expect((await documents.build([teamArticle])).documents[0]?.agencyId).toBe(agencyId);
      await admin.client.expectData(DELETE_TEAM, { id: other.id });
    });

    it('hands a directory entry to a team, keeps its version and records the change', async () => {
      const before = await editor.client.expectData<{ directoryEntry: { version: number } }>(
        'query ($id: ID!) { directoryEntry(id: $id) { version } }',
        { id: entryId },
      );
      const result = await editor.client.expectData<{
        setDirectoryEntryOwner: {
          version: number;
          internal: {
            owner: unknown;
            ownerTeam: { id: string };
            history: { action: string; changes: { field: string; oldValue: unknown; newValue: unknown }[] }[];
          };
        };
      }>(SET_ENTRY_OWNER, { id: entryId, owner: { teamId: team.id } });
      const entry = result.setDirectoryEntryOwner;
      expect(entry.version).toBe(before.directoryEntry.version);
      expect(entry.internal.owner).toBeNull();
      expect(entry.internal.ownerTeam.id).toBe(team.id);
      expect(entry.internal.history[0]?.changes).toEqual([
        { field: 'owner', oldValue: editor.user.displayName, newValue: 'Team Review-Team' },
      ]);
      expect(await reader.client.errorCode(SET_ENTRY_OWNER, { id: entryId, owner: { teamId: team.id } })).toBe(
        'FORBIDDEN',
      );
    });

    it('puts team-owned content into the review lists of members only', async () => {
      const future = new Date(Date.now() + 14 * 30 * DAY);
      ctx.app.get(ReviewClock).now = () => new Date(future);
      ctx.app.get(DirectoryClock).now = () => new Date(future);

      const memberReviews = await member.client.expectData<{
        myReviews: { article: { id: string }; overdue: boolean }[];
      }>(MY_REVIEWS);
      expect(memberReviews.myReviews).toEqual([{ article: { id: teamArticle }, overdue: true }]);
      const outsiderReviews = await outsider.client.expectData<{ myReviews: { article: { id: string } }[] }>(
        MY_REVIEWS,
      );
      expect(outsiderReviews.myReviews.map((item) => item.article.id)).not.toContain(teamArticle);

      const memberEntries = await member.client.expectData<{ myDirectoryReviews: { id: string }[] }>(
        MY_DIRECTORY_REVIEWS,
      );
      expect(memberEntries.myDirectoryReviews.map((entry) => entry.id)).toEqual([entryId]);
      const outsiderEntries = await outsider.client.expectData<{ myDirectoryReviews: { id: string }[] }>(
        MY_DIRECTORY_REVIEWS,
      );
      expect(outsiderEntries.myDirectoryReviews).toEqual([]);
    });

    it('notifies and mails every member of the owning team, nobody else', async () => {
      const result = await ctx.app.get(ReviewSweepService).runOnce();
      expect(result.notificationsCreated).toBe(2);
      expect(result.digestsSent).toBe(2);
      const recipients = smtp.mails.flatMap((sent) => sent.to).sort();
      expect(recipients).toEqual([editor.user.email, 'team-member@test.example'].sort());
      for (const { mail } of smtp.mails) {
        expect(mail.subject).toBe('Wochenübersicht: 1 Artikel ist zur Prüfung fällig');
        expect(mail.text).toContain('- Teamartikel Sprachkurse');
        expect(mail.text).toContain('für die Sie oder eines Ihrer Teams verantwortlich sind');
      }
      const notified = await ctx.dataSource.query<{ recipientId: string }[]>(
        `SELECT "recipientId" FROM notification WHERE kind = 'ARTICLE_REVIEW_DUE' ORDER BY "recipientId"`,
      );
      expect(notified.map((row) => row.recipientId).sort()).toEqual([editor.user.id, member.user.id].sort());
    });

    it('lets members of the owning team delete an entry, and nobody else but admins', async () => {
      const spare = (await createEntry(editor.client, { name: 'Übergangsberatung Beispiel' })).id;
      await admin.client.expectData(SET_ENTRY_OWNER, { id: spare, owner: { teamId: team.id } });
      const canDelete = async (client: GraphqlClient) =>
        (
          await client.expectData<{ directoryEntry: { internal: { viewerCanDelete: boolean } } }>(
            'query ($id: ID!) { directoryEntry(id: $id) { internal { viewerCanDelete } } }',
            { id: spare },
          )
        ).directoryEntry.internal.viewerCanDelete;
      expect(await canDelete(member.client)).toBe(true);
      expect(await canDelete(outsider.client)).toBe(false);
      const remove = 'mutation ($id: ID!) { deleteDirectoryEntry(id: $id) }';
      expect(await outsider.client.errorCode(remove, { id: spare })).toBe('FORBIDDEN');
      expect(await member.client.expectData(remove, { id: spare })).toEqual({ deleteDirectoryEntry: true });
    });

    it('refuses to delete a team that owns content, with the counts, until it is handed over', async () => {
      const refused = await admin.client.request(DELETE_TEAM, { id: team.id });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'TEAM_OWNS_CONTENT',
        articles: 1,
        directoryEntries: 1,
      });
      await admin.client.expectData(SET_ARTICLE_OWNER, { id: teamArticle, owner: { userId: member.user.id } });
      await admin.client.expectData(SET_ENTRY_OWNER, { id: entryId, owner: { userId: member.user.id } });
      expect(await admin.client.expectData(DELETE_TEAM, { id: team.id })).toEqual({ deleteTeam: true });
    });
  });
});
