import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import type { TeamRefModel } from './models/team-ref.model';
import { toTeamRefModel } from './team.mapper';
import type { TeamsService } from './teams.service';

/** One team reference (batched per request), or null when there is none. */
export function loadTeamRef(
  context: GraphqlContext,
  teams: TeamsService,
  id: string | null | undefined,
): Promise<TeamRefModel | null> {
  if (!id) return Promise.resolve(null);
  return loaderFor<string, TeamRefModel | null>(context, 'teams.refById', async (ids) => {
    const found = new Map((await teams.findByIds([...new Set(ids)])).map((team) => [team.id, toTeamRefModel(team)]));
    return ids.map((teamId) => found.get(teamId) ?? null);
  }).load(id);
}
