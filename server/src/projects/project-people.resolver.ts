import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { loadUserRef } from '../users/user-ref.loader';
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
    return loadUserRef(context, this.users, member.userId);
  }

  @ResolveField(() => String, { description: 'The user name, or the name of the external member.' })
  async displayName(@Parent() member: ProjectMemberModel, @Context() context: GraphqlContext): Promise<string> {
    const user = await loadUserRef(context, this.users, member.userId);
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
    return loadUserRef(context, this.users, change.changedById);
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
    return loadUserRef(context, this.users, proposal.proposedById);
  }

  @ResolveField(() => UserRefModel, { nullable: true })
  decidedBy(
    @Parent() proposal: ProjectChangeProposalModel,
    @Context() context: GraphqlContext,
  ): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, proposal.decidedById);
  }
}
