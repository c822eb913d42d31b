import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRole } from '../common/auth/access.decorators';
import { Role } from '../common/auth/role';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { CreateProjectTopicInput, UpdateProjectTopicInput } from './dto/project-topic.input';
import { ProjectTopicModel } from './models/project-topic.model';
import { toProjectTopicModel } from './project.mapper';
import { ProjectTopicsService } from './project-topics.service';

@Resolver(() => ProjectTopicModel)
export class ProjectTopicsResolver {
  constructor(private readonly topics: ProjectTopicsService) {}

  @Public()
  @Query(() => [ProjectTopicModel], { description: 'The controlled topic list, by name.' })
  async projectTopics(
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<ProjectTopicModel[]> {
    return (await this.topics.list(includeArchived)).map(toProjectTopicModel);
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProjectTopicModel)
  async createProjectTopic(@Args('input') input: CreateProjectTopicInput): Promise<ProjectTopicModel> {
    return toProjectTopicModel(await this.topics.create(input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProjectTopicModel)
  async updateProjectTopic(
    @IdArg('id') id: string,
    @Args('input') input: UpdateProjectTopicInput,
  ): Promise<ProjectTopicModel> {
    return toProjectTopicModel(await this.topics.update(id, input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProjectTopicModel, { description: 'archived: false brings it back.' })
  async archiveProjectTopic(
    @IdArg('id') id: string,
    @Args('archived', { defaultValue: true }) archived: boolean,
  ): Promise<ProjectTopicModel> {
    return toProjectTopicModel(await this.topics.setArchived(id, archived));
  }
}
