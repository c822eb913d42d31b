import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesService } from '../agencies/agencies.service';
import { toAgencyModel } from '../agencies/agency.mapper';
import { AgencyModel } from '../agencies/models/agency.model';
import { loadUserRef } from '../users/user-ref.loader';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { ProgrammeModel } from '../programmes/models/programme.model';
import { toProgrammeModel } from '../programmes/programme.mapper';
import { ProgrammesService } from '../programmes/programmes.service';
import { UserRefModel } from '../users/models/user-ref.model';
import { UsersService } from '../users/users.service';
import { ProjectTopicModel } from './models/project-topic.model';
import { ProjectModel } from './models/project.model';
import { toProjectTopicModel } from './project.mapper';
import { ProjectTopicsService } from './project-topics.service';

function byId<T extends { id: string }, M>(items: T[], map: (item: T) => M): Map<string, M> {
  return new Map(items.map((item) => [item.id, map(item)]));
}

/** Project → agency, programme, topic, people; all batched per request. */
@Resolver(() => ProjectModel)
export class ProjectFieldsResolver {
  constructor(
    private readonly agencyService: AgenciesService,
    private readonly programmeService: ProgrammesService,
    private readonly topicService: ProjectTopicsService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => AgencyModel)
  agency(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<AgencyModel> {
    return loaderFor<string, AgencyModel>(context, 'projects.agency', async (ids) => {
      const found = byId(await this.agencyService.findByIds([...new Set(ids)]), toAgencyModel);
      return ids.map((id) => found.get(id) ?? new Error(`Agency ${id} missing`));
    }).load(project.agencyId);
  }

  @ResolveField(() => ProgrammeModel, { nullable: true })
  async programme(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<ProgrammeModel | null> {
    if (!project.programmeId) return null;
    return loaderFor<string, ProgrammeModel | null>(context, 'projects.programme', async (ids) => {
      const found = byId(await this.programmeService.findByIds([...new Set(ids)]), toProgrammeModel);
      return ids.map((id) => found.get(id) ?? null);
    }).load(project.programmeId);
  }

  @ResolveField(() => ProjectTopicModel, { nullable: true })
  async topic(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<ProjectTopicModel | null> {
    if (!project.topicId) return null;
    return loaderFor<string, ProjectTopicModel | null>(context, 'projects.topic', async (ids) => {
      const found = byId(await this.topicService.findByIds([...new Set(ids)]), toProjectTopicModel);
      return ids.map((id) => found.get(id) ?? null);
    }).load(project.topicId);
  }

  @ResolveField(() => UserRefModel, { nullable: true })
  createdBy(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, project.createdById);
  }

  @ResolveField(() => UserRefModel, { nullable: true })
  updatedBy(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, project.updatedById);
  }

  @ResolveField(() => UserRefModel, { nullable: true, description: 'The admin who published it.' })
  publishedBy(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, project.publishedById);
  }
}
