import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewsService } from '../../src/reviews/reviews.service';
import { SeedService } from '../../src/seed/seed.service';
import { TeamsService } from '../../src/teams/teams.service';
import { startTestApp, type TestApp } from '../test-app';

describe('demo teams', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await startTestApp({ env: { REVIEW_SWEEP_MINUTES: '0' } });
    await ctx.app.get(SeedService).seedIfEmpty();
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('has teams with members that own articles and directory entries', async () => {
    const teams = ctx.app.get(TeamsService);
    const byName = new Map((await teams.list()).map((team) => [team.name, team]));
    expect([...byName.keys()].sort()).toEqual(['IKB-Team Esslingen', 'Projektteam Ulm', 'Redaktion Rechtsgrundlagen']);
    const esslingen = byName.get('IKB-Team Esslingen');
    const ulm = byName.get('Projektteam Ulm');
    expect(await teams.ownedCounts(esslingen?.id ?? '')).toEqual({ articles: 3, directoryEntries: 1 });
    expect(await teams.ownedCounts(ulm?.id ?? '')).toEqual({ articles: 2, directoryEntries: 2 });
    const members = await teams.memberIds([esslingen?.id ?? '']);
    expect(members.get(esslingen?.id ?? '')).toHaveLength(2);
  });

  it("puts every overdue team article into each member's review list", async () => {
    const reviews = ctx.app.get(ReviewsService);
    const teams = ctx.app.get(TeamsService);
    const teamDue = (await reviews.overdueRows()).filter((row) => row.ownerTeamId !== null);
    expect(teamDue.length).toBeGreaterThan(0);
    const members = await teams.memberIds([...new Set(teamDue.map((row) => row.ownerTeamId ?? ''))]);
    for (const row of teamDue) {
      for (const memberId of members.get(row.ownerTeamId ?? '') ?? []) {
        const listed = (await reviews.listForOwner(memberId, 0)).map((entry) => entry.article.id);
        expect(listed).toContain(row.id);
      }
    }
  });
});
