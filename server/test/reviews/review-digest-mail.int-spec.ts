import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewClock } from '../../src/reviews/review-clock';
import { ReviewSweepService } from '../../src/reviews/review-sweep.service';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../test-app';

const DAY = 86_400_000;
const PUBLIC_URL = 'https://wiki.example.org';

/** A real SMTP server on a free local port that keeps every received mail. */
async function startSmtpServer(): Promise<{
  server: SMTPServer;
  port: number;
  mails: ParsedMail[];
  envelopes: string[][];
}> {
  const mails: ParsedMail[] = [];
  const envelopes: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          envelopes.push(session.envelope.rcptTo.map((rcpt) => rcpt.address));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, mails, envelopes };
}

describe('review e-mails over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let ctx: TestApp;
  let clock: ReviewClock;
  let sweep: ReviewSweepService;
  let owner: SignedInUser;
  let titles: string[];
  let slugs: string[];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    ctx = await startTestApp({
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'Wissensnetz <noreply@wiki.example.org>',
        PUBLIC_URL,
        REVIEW_SWEEP_MINUTES: '0',
      },
    });
    clock = ctx.app.get(ReviewClock);
    sweep = ctx.app.get(ReviewSweepService);
    owner = await ctx.newUser(Role.EDITOR, { email: 'owner-digest@test.example' });
    const otherOwner = await ctx.newUser(Role.EDITOR);
    const legal = await ctx.newCategory('Recht');
    const contacts = await ctx.newCategory('Kontakte');
    const setInterval =
      'mutation ($input: SetCategoryReviewIntervalInput!) { setCategoryReviewInterval(input: $input) { id } }';
    const admin = await ctx.newUser(Role.ADMIN);
    await admin.client.expectData(setInterval, { input: { categoryId: legal, months: 6 } });
    await admin.client.expectData(setInterval, { input: { categoryId: contacts, months: 24 } });
    titles = ['Kosten der Unterkunft', 'Mehrbedarf Alleinerziehende'];
    slugs = [];
    for (const title of titles) {
      const article = await ctx.newArticle(owner.client, { title, categoryId: legal });
      await owner.client.expectData('mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id: article.id });
      slugs.push(article.slug);
    }
    const fresh = await ctx.newArticle(owner.client, { title: 'Ansprechpartner Jobcenter', categoryId: contacts });
    await owner.client.expectData('mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id: fresh.id });
    const unpublished = await ctx.newArticle(owner.client, { title: 'Entwurf Sanktionen', categoryId: legal });
    expect(unpublished.id).toBeTruthy();
    const others = await ctx.newArticle(otherOwner.client, { title: 'Fremder Artikel', categoryId: contacts });
    await otherOwner.client.expectData('mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id: others.id });
  });

  afterAll(async () => {
    await ctx?.close();
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
  });

  it('sends the weekly digest to the owner with every overdue article and its link', async () => {
    const now = new Date(Date.now() + 7 * 30 * DAY);
    clock.now = () => new Date(now);
    const result = await sweep.runOnce();
    expect(result).toEqual({ notificationsCreated: 2, digestsSent: 1, mailsSent: 0 });

    expect(smtp.mails).toHaveLength(1);
    expect(smtp.envelopes[0]).toEqual(['owner-digest@test.example']);
    const mail = smtp.mails[0];
    expect(mail.subject).toBe('Wochenübersicht: 2 Artikel sind zur Prüfung fällig');
    expect(mail.from?.text).toContain('noreply@wiki.example.org');
    for (const [index, title] of titles.entries()) {
      expect(mail.text).toContain(`- ${title}`);
      expect(mail.text).toContain(`${PUBLIC_URL}/artikel/${slugs[index]}`);
      expect(mail.html).toContain(`<a href="${PUBLIC_URL}/artikel/${slugs[index]}">${title}</a>`);
    }
    expect(mail.text).not.toContain('Ansprechpartner Jobcenter');
    expect(mail.text).not.toContain('Entwurf Sanktionen');
    expect(mail.text).toContain(`${PUBLIC_URL}/pruefungen`);
  });

  it('sends the digest at most once a week per owner', async () => {
    const base = clock.now();
    clock.now = () => new Date(base.getTime() + 3 * DAY);
    expect(await sweep.runOnce()).toEqual({ notificationsCreated: 0, digestsSent: 0, mailsSent: 0 });
    expect(smtp.mails).toHaveLength(1);

    clock.now = () => new Date(base.getTime() + 7 * DAY);
    expect((await sweep.runOnce()).digestsSent).toBe(1);
    expect(smtp.mails).toHaveLength(2);
    expect(smtp.mails[1]?.subject).toBe('Wochenübersicht: 2 Artikel sind zur Prüfung fällig');
    const recorded = await ctx.dataSource.query<{ sentAt: Date }[]>(
      'SELECT "sentAt" FROM review_digest WHERE "userId" = $1',
      [owner.user.id],
    );
    expect(new Date(recorded[0]?.sentAt).getTime()).toBe(base.getTime() + 7 * DAY);
  });

  it('mails an owner about an article that became due between two digests', async () => {
    const legal = await ctx.dataSource.query<{ id: string }[]>(`SELECT id FROM category WHERE name = 'Recht'`);
    const article = await ctx.newArticle(owner.client, { title: 'Beschäftigungsduldung', categoryId: legal[0]?.id });
    await owner.client.expectData('mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id: article.id });
    const lastDigest = clock.now();
    clock.now = () => new Date(lastDigest.getTime() + DAY);

    expect(await sweep.runOnce()).toEqual({ notificationsCreated: 1, digestsSent: 0, mailsSent: 1 });
    const mail = smtp.mails.at(-1) as ParsedMail;
    expect(smtp.envelopes.at(-1)).toEqual(['owner-digest@test.example']);
    expect(mail.subject).toBe('Ein Artikel ist jetzt zur Prüfung fällig');
    expect(mail.text).toContain(`- Beschäftigungsduldung`);
    expect(mail.text).toContain(`${PUBLIC_URL}/artikel/${article.slug}`);
    expect(mail.text).not.toContain('Kosten der Unterkunft');
  });
});
