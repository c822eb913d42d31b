import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRole } from '../common/auth/access.decorators';
import { Role } from '../common/auth/role';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { CreateProgrammeInput } from './dto/create-programme.input';
import { CreateProgrammeEventInput, UpdateProgrammeEventInput } from './dto/programme-event.input';
import { ProgrammeLookupArgs } from './dto/programme-lookup.args';
import { UpdateProgrammeInput } from './dto/update-programme.input';
import { ProgrammeEventModel } from './models/programme-event.model';
import { ProgrammeModel } from './models/programme.model';
import { toProgrammeEventModel, toProgrammeModel } from './programme.mapper';
import { ProgrammesService } from './programmes.service';

/** Programmes are public facts (names, periods, agencies); only admins change them. */
@Resolver(() => ProgrammeModel)
export class ProgrammesResolver {
  constructor(private readonly programmeService: ProgrammesService) {}

  @Public()
  @Query(() => [ProgrammeModel])
  async programmes(): Promise<ProgrammeModel[]> {
    return (await this.programmeService.list()).map(toProgrammeModel);
  }

  @Public()
  @Query(() => ProgrammeModel, { description: 'Exactly one of id or slug.' })
  async programme(@Args() lookup: ProgrammeLookupArgs): Promise<ProgrammeModel> {
    return toProgrammeModel(await this.programmeService.get(lookup));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProgrammeModel)
  async createProgramme(@Args('input') input: CreateProgrammeInput): Promise<ProgrammeModel> {
    return toProgrammeModel(await this.programmeService.create(input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProgrammeModel)
  async updateProgramme(@IdArg('id') id: string, @Args('input') input: UpdateProgrammeInput): Promise<ProgrammeModel> {
    return toProgrammeModel(await this.programmeService.update(id, input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProgrammeModel, { description: 'Replaces the participating agencies (3 to 8).' })
  async setProgrammeAgencies(
    @IdArg('id') id: string,
    @Args('agencyIds', { type: () => [ID] }) agencyIds: string[],
  ): Promise<ProgrammeModel> {
    return toProgrammeModel(await this.programmeService.setAgencies(id, agencyIds));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProgrammeEventModel)
  async addProgrammeEvent(
    @IdArg('programmeId') programmeId: string,
    @Args('input') input: CreateProgrammeEventInput,
  ): Promise<ProgrammeEventModel> {
    return toProgrammeEventModel(await this.programmeService.addEvent(programmeId, input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProgrammeEventModel)
  async updateProgrammeEvent(
    @IdArg('id') id: string,
    @Args('input') input: UpdateProgrammeEventInput,
  ): Promise<ProgrammeEventModel> {
    return toProgrammeEventModel(await this.programmeService.updateEvent(id, input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => Boolean)
  removeProgrammeEvent(@IdArg('id') id: string): Promise<boolean> {
    return this.programmeService.removeEvent(id);
  }
}
