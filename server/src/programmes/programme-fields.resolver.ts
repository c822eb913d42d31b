import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesService } from '../agencies/agencies.service';
import { toAgencyModel } from '../agencies/agency.mapper';
import { AgencyModel } from '../agencies/models/agency.model';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { ProgrammeEventModel } from './models/programme-event.model';
import { ProgrammeModel } from './models/programme.model';
import { toProgrammeEventModel } from './programme.mapper';
import { ProgrammesService } from './programmes.service';

@Resolver(() => ProgrammeModel)
export class ProgrammeFieldsResolver {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly agencyService: AgenciesService,
  ) {}

  @ResolveField(() => [AgencyModel], { description: 'Participating agencies, by name.' })
  agencies(@Parent() programme: ProgrammeModel, @Context() context: GraphqlContext): Promise<AgencyModel[]> {
    return loaderFor<string, AgencyModel[]>(context, 'programmes.agencies', async (ids) => {
      const idsByProgramme = await this.programmes.agencyIdsOf(ids);
      const agencies = new Map(
        (await this.agencyService.findByIds([...new Set([...idsByProgramme.values()].flat())])).map((a) => [a.id, a]),
      );
      return ids.map((id) =>
        (idsByProgramme.get(id) ?? [])
          .flatMap((agencyId) => {
            const agency = agencies.get(agencyId);
            return agency ? [toAgencyModel(agency)] : [];
          })
          .sort((a, b) => a.name.localeCompare(b.name, 'de')),
      );
    }).load(programme.id);
  }

  @ResolveField(() => [ProgrammeEventModel], { description: 'Kick-off, seminars, final event … in date order.' })
  events(@Parent() programme: ProgrammeModel, @Context() context: GraphqlContext): Promise<ProgrammeEventModel[]> {
    return loaderFor<string, ProgrammeEventModel[]>(context, 'programmes.events', async (ids) => {
      const events = await this.programmes.eventsOf(ids);
      return ids.map((id) => (events.get(id) ?? []).map(toProgrammeEventModel));
    }).load(programme.id);
  }
}
