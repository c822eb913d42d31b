import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { Public, RequireRole } from '../common/auth/access.decorators';
import { Role } from '../common/auth/role';
import { AgenciesService } from './agencies.service';
import { toAgencyModel } from './agency.mapper';
import { CreateAgencyInput } from './dto/create-agency.input';
import { UpdateAgencyInput } from './dto/update-agency.input';
import { AgencyModel } from './models/agency.model';

@Resolver(() => AgencyModel)
export class AgenciesResolver {
  constructor(private readonly agencyService: AgenciesService) {}

  /** Agency names are public: they appear next to published content. */
  @Public()
  @Query(() => [AgencyModel])
  async agencies(): Promise<AgencyModel[]> {
    return (await this.agencyService.list()).map(toAgencyModel);
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => AgencyModel)
  async createAgency(@Args('input') input: CreateAgencyInput): Promise<AgencyModel> {
    return toAgencyModel(await this.agencyService.create(input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => AgencyModel)
  async updateAgency(@IdArg('id') id: string, @Args('input') input: UpdateAgencyInput): Promise<AgencyModel> {
    return toAgencyModel(await this.agencyService.update(id, input));
  }
}
