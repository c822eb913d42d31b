import type { AgencyEntity } from './agency.entity';
import type { AgencyModel } from './models/agency.model';

export function toAgencyModel(agency: AgencyEntity): AgencyModel {
  return { id: agency.id, name: agency.name, kind: agency.kind, region: agency.region };
}
