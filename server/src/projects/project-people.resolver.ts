import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { userRefLoader } from '../articles/user-ref.loader';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UserRefModel } from '../users/models/user-ref.model';
import { UsersService } from '../users/users.service';
import { ProjectChangeProposalModel } from './models/project-change-proposal.model';
import { ProjectMemberModel } from './models/project-member.model';
import { ProjectStatusChangeModel } from './models/project-status-change.model';

@Resolver(() => ProjectMemberModel)
export class ProjectMemberFieldsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserRefModel, { nullable: true })
  user(@Parent() member: ProjectMemberModel, @Context() context: GraphqlContext): Promise<UserRefModel | null> {
    return userRefLoader(context, this.users).load(member.userId);
  }

  @ResolveField(() => String, { description: 'The user name, or the name of the external member.' })
  async displayName(@Parent() member: ProjectMemberModel, @Context() context: GraphqlContext): Promise<string> {
    const user = await userRefLoader(context, this.users).load(member.userId);
    return user?.displayName ?? member.externalName ?? '';
  }
}

@Resolver(() => ProjectStatusChangeModel)
export class ProjectStatusChangeFieldsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserRefModel, { nullable: true })
  changedBy(
    @Parent() change: ProjectStatusChangeModel,
    @Context() context: GraphqlContext,
  ): Promise<UserRefModel | null> {
    return userRefLoader(context, this.users).load(change.changedById);
  }
}

@Resolver(() => ProjectChangeProposalModel)
export class ProjectChangeProposalFieldsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserRefModel, { nullable: true })
  proposedBy(
    @Parent() proposal: ProjectChangeProposalModel,
    @Context() context: GraphqlContext,
  ): Promise<UserRefModel | null> {
    return userRefLoader(context, this.users).load(proposal.proposedById);
  }

  @ResolveField(() => UserRefModel, { nullable: true })
  decidedBy(
    @Parent() proposal: ProjectChangeProposalModel,
    @Context() context: GraphqlContext,
  ): Promise<UserRefModel | null> {
    return userRefLoader(context, this.users).load(proposal.decidedById);
  }
}
