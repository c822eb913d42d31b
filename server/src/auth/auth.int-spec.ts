import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlClient } from '../../test/graphql-client';
import { PASSWORD, Role, startTestApp, type TestApp } from '../../test/test-app';
import { LOGIN_FAILURES_PER_ACCOUNT } from './login-rate-limiter';
import { SessionEntity } from './session.entity';

const LOGIN = `mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id email role } }`;
const ME = `{ me { id email } }`;
const MY_SESSIONS = `{ mySessions { id current } }`;

describe('accounts and sessions', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('signs in with an HttpOnly, SameSite=Lax session cookie and signs out', async () => {
    const { user } = await ctx.newUser(Role.EDITOR);
    const response = await fetch(`${ctx.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { e: user.email.toUpperCase(), p: PASSWORD } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^wn_session=[\w-]{20,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const client = new GraphqlClient(ctx.url);
    client.cookie = cookie.split(';')[0];
    expect((await client.expectData<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    await client.expectData(`mutation { logout }`);
    const after = new GraphqlClient(ctx.url);
    after.cookie = cookie.split(';')[0];
    expect((await after.expectData<{ me: null }>(ME)).me).toBeNull();
  });

  it('refuses a wrong password and an unknown e-mail alike, without a cookie', async () => {
    const { user } = await ctx.newUser(Role.READER);
    const client = ctx.anonymous();
    const wrong = await client.request(LOGIN, { e: user.email, p: 'wrong password!' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await client.request(LOGIN, { e: 'nobody@test.example', p: 'wrong password!' });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(client.cookie).toBeUndefined();
  });

  it('treats an expired session as signed out', async () => {
    const { user, client } = await ctx.newUser(Role.EDITOR);
    await ctx.dataSource
      .getRepository(SessionEntity)
      .update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await client.expectData<{ me: null }>(ME)).me).toBeNull();
    expect(await client.errorCode(MY_SESSIONS)).toBe('UNAUTHENTICATED');
  });

  it('lists and revokes sessions', async () => {
    const { user, client } = await ctx.newUser(Role.READER);
    const second = ctx.anonymous();
    await second.expectData(LOGIN, { e: user.email, p: PASSWORD });
    const { mySessions } = await client.expectData<{ mySessions: { id: string; current: boolean }[] }>(MY_SESSIONS);
    expect(mySessions).toHaveLength(2);
    const other = mySessions.find((session) => !session.current);
    await client.expectData(`mutation ($id: ID!) { revokeSession(id: $id) }`, { id: other?.id });
    expect((await second.expectData<{ me: null }>(ME)).me).toBeNull();
    expect((await client.expectData<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
  });

  it('changes the password only with the current one and signs out other sessions', async () => {
    const { user, client } = await ctx.newUser(Role.READER);
    const other = ctx.anonymous();
    await other.expectData(LOGIN, { e: user.email, p: PASSWORD });
    const change = `mutation ($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;
    expect(await client.errorCode(change, { c: 'not the password', n: 'a new long password' })).toBe('BAD_USER_INPUT');
    expect(await client.errorCode(change, { c: PASSWORD, n: 'short' })).toBe('BAD_USER_INPUT');
    await client.expectData(change, { c: PASSWORD, n: 'a new long password' });
    expect((await other.expectData<{ me: null }>(ME)).me).toBeNull();
    expect((await client.expectData<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    expect(await ctx.anonymous().errorCode(LOGIN, { e: user.email, p: PASSWORD })).toBe('UNAUTHENTICATED');
    await ctx.anonymous().expectData(LOGIN, { e: user.email, p: 'a new long password' });
  });

  it('ends every session of a deactivated user at once', async () => {
    const admin = await ctx.newUser(Role.ADMIN);
    const { user, client } = await ctx.newUser(Role.EDITOR);
    await admin.client.expectData(`mutation ($id: ID!) { deactivateUser(id: $id) { active } }`, { id: user.id });
    expect((await client.expectData<{ me: null }>(ME)).me).toBeNull();
    expect(await ctx.anonymous().errorCode(LOGIN, { e: user.email, p: PASSWORD })).toBe('UNAUTHENTICATED');
  });

  it('rate-limits repeated failed logins, even when the password is then right', async () => {
    const { user } = await ctx.newUser(Role.READER);
    const client = ctx.anonymous();
    for (let attempt = 0; attempt < LOGIN_FAILURES_PER_ACCOUNT; attempt += 1) {
      expect(await client.errorCode(LOGIN, { e: user.email, p: `wrong-${attempt}-password` })).toBe('UNAUTHENTICATED');
    }
    const blocked = await client.request(LOGIN, { e: user.email, p: PASSWORD });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(client.cookie).toBeUndefined();
  });
});
