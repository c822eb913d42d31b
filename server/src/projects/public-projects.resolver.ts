import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators';
import { PublicProjectsArgs } from './dto/public-projects.args';
import { PublicProjectFacetsModel, PublicProjectListModel, PublicProjectModel } from './models/public-project.model';
import { projectNotFound } from './projects.errors';
import { PublicProjectsService } from './public-projects.service';

/** The public Ideenbörse over GraphQL: published PUBLIC projects in safe types only. */
@Resolver(() => PublicProjectModel)
export class PublicProjectsResolver {
  constructor(private readonly ideenboerse: PublicProjectsService) {}

  @Public()
  @Query(() => PublicProjectListModel, { description: 'Published public projects, newest first.' })
  publicProjects(@Args() args: PublicProjectsArgs): Promise<PublicProjectListModel> {
    return this.ideenboerse.list(args.filter ?? {}, { first: args.first, offset: args.offset });
  }

  @Public()
  @Query(() => PublicProjectModel, { description: 'NOT_FOUND unless published and public.' })
  async publicProject(@Args('slug') slug: string): Promise<PublicProjectModel> {
    const project = await this.ideenboerse.getBySlug(slug);
    if (!project) throw projectNotFound();
    return project;
  }

  @Public()
  @Query(() => PublicProjectFacetsModel, { description: 'Filter values that occur among published public projects.' })
  publicProjectFacets(): Promise<PublicProjectFacetsModel> {
    return this.ideenboerse.facets();
  }
}
