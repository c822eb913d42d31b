import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository } from 'typeorm';
import { AgencyErrorCode, AgencyException } from './agencies.errors';
import { AgencyEntity } from './agency.entity';
import type { CreateAgencyInput } from './dto/create-agency.input';
import type { UpdateAgencyInput } from './dto/update-agency.input';

@Injectable()
export class AgenciesService {
  constructor(@InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>) {}

  list(): Promise<AgencyEntity[]> {
    return this.agencies.find({ order: { name: 'ASC' } });
  }

  async findByIds(ids: readonly string[]): Promise<AgencyEntity[]> {
    return ids.length === 0 ? [] : this.agencies.findBy({ id: In([...ids]) });
  }

  async get(id: string): Promise<AgencyEntity> {
    const agency = await this.agencies.findOneBy({ id });
    if (!agency) throw new AgencyException(AgencyErrorCode.AGENCY_NOT_FOUND, 'Agency not found.');
    return agency;
  }

  async exists(id: string): Promise<boolean> {
    return this.agencies.existsBy({ id });
  }

  async create(input: CreateAgencyInput): Promise<AgencyEntity> {
    await this.assertNameFree(input.name.trim());
    return this.agencies.save(
      this.agencies.create({ name: input.name.trim(), kind: input.kind, region: input.region.trim() }),
    );
  }

  async update(id: string, input: UpdateAgencyInput): Promise<AgencyEntity> {
    const agency = await this.get(id);
    if (input.name !== undefined) {
      await this.assertNameFree(input.name.trim(), id);
      agency.name = input.name.trim();
    }
    if (input.kind !== undefined) agency.kind = input.kind;
    if (input.region !== undefined) agency.region = input.region.trim();
    return this.agencies.save(agency);
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    const taken = await this.agencies.existsBy(exceptId ? { name, id: Not(exceptId) } : { name });
    if (taken)
      throw new AgencyException(AgencyErrorCode.AGENCY_NAME_TAKEN, `An agency named "${name}" exists already.`);
  }
}
