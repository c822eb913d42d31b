import type { TeamRefModel } from './models/team-ref.model';
import type { TeamModel } from './models/team.model';
import type { TeamEntity } from './team.entity';

export function toTeamModel(team: TeamEntity): TeamModel {
  return {
    id: team.id,
    name: team.name,
    description: team.description,
    agencyId: team.agencyId,
    createdAt: team.createdAt,
    updatedAt: team.updatedAt,
  };
}

export function toTeamRefModel(team: Pick<TeamEntity, 'id' | 'name'>): TeamRefModel {
  return { id: team.id, name: team.name };
}
