import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesService } from '../agencies/agencies.service';
import { toAgencyModel } from '../agencies/agency.mapper';
import { AgencyModel } from '../agencies/models/agency.model';
import { RequireRole } from '../common/auth/access.decorators';
import { Role } from '../common/auth/role';
import { IdArg } from '../common/graphql/id-arg.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UserModel } from './models/user.model';
import { toUserModel } from './user.mapper';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly userService: UsersService,
    private readonly agencies: AgenciesService,
  ) {}

  @RequireRole(Role.ADMIN)
  @Query(() => [UserModel])
  async users(): Promise<UserModel[]> {
    return (await this.userService.list()).map(toUserModel);
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => UserModel)
  async createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    return toUserModel(await this.userService.create(input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => UserModel)
  async updateUser(@IdArg('id') id: string, @Args('input') input: UpdateUserInput): Promise<UserModel> {
    return toUserModel(await this.userService.update(id, input));
  }

  @ResolveField(() => AgencyModel, { nullable: true })
  async agency(@Parent() user: UserModel, @Context() context: GraphqlContext): Promise<AgencyModel | null> {
    if (!user.agencyId) return null;
    const loader = loaderFor<string, AgencyModel | null>(context, 'agencies.byId', async (ids) => {
      const found = new Map((await this.agencies.findByIds(ids)).map((a) => [a.id, toAgencyModel(a)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    return loader.load(user.agencyId);
  }
}
