import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { slugify } from '@wissensnetz/editor';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, Not, Repository } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import type { CreateProgrammeInput } from './dto/create-programme.input';
import type { CreateProgrammeEventInput, UpdateProgrammeEventInput } from './dto/programme-event.input';
import type { ProgrammeLookupArgs } from './dto/programme-lookup.args';
import type { UpdateProgrammeInput } from './dto/update-programme.input';
import { ProgrammeAgencyEntity } from './programme-agency.entity';
import { ProgrammeEventEntity } from './programme-event.entity';
import { ProgrammeEntity } from './programme.entity';
import {
  MAX_PROGRAMME_AGENCIES,
  MIN_PROGRAMME_AGENCIES,
  ProgrammeErrorCode,
  ProgrammeException,
  programmeNotFound,
} from './programmes.errors';

/** Programmes (cohorts), their participating agencies and events. Writes are admin-only (resolver). */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
    @InjectRepository(ProgrammeAgencyEntity) private readonly members: Repository<ProgrammeAgencyEntity>,
    @InjectRepository(ProgrammeEventEntity) private readonly events: Repository<ProgrammeEventEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  list(): Promise<ProgrammeEntity[]> {
    return this.programmes.find({ order: { startsOn: 'DESC', name: 'ASC' } });
  }

  async get(lookup: ProgrammeLookupArgs): Promise<ProgrammeEntity> {
    if ((lookup.id === undefined) === (lookup.slug === undefined)) {
      throw new ProgrammeException(ProgrammeErrorCode.PROGRAMME_AMBIGUOUS_LOOKUP, 'Give exactly one of id or slug.');
    }
    const programme = await this.programmes.findOneBy(lookup.id ? { id: lookup.id } : { slug: lookup.slug });
    if (!programme) throw programmeNotFound();
    return programme;
  }

  async findByIds(ids: readonly string[]): Promise<ProgrammeEntity[]> {
    return ids.length === 0 ? [] : this.programmes.findBy({ id: In([...ids]) });
  }

  async exists(id: string): Promise<boolean> {
    return this.programmes.existsBy({ id });
  }

  /** Agency ids per programme, for a batch of programmes. */
  async agencyIdsOf(programmeIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = programmeIds.length === 0 ? [] : await this.members.findBy({ programmeId: In([...programmeIds]) });
    const result = new Map<string, string[]>(programmeIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.programmeId)?.push(row.agencyId);
    return result;
  }

  /** Events per programme in date order, for a batch of programmes. */
  async eventsOf(programmeIds: readonly string[]): Promise<Map<string, ProgrammeEventEntity[]>> {
    const rows =
      programmeIds.length === 0
        ? []
        : await this.events.find({
            where: { programmeId: In([...programmeIds]) },
            order: { startsOn: 'ASC', title: 'ASC' },
          });
    const result = new Map<string, ProgrammeEventEntity[]>(programmeIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.programmeId)?.push(row);
    return result;
  }

  async create(input: CreateProgrammeInput): Promise<ProgrammeEntity> {
    assertPeriod(input.startsOn, input.endsOn);
    const agencyIds = [...new Set(input.agencyIds)];
    return this.dataSource.transaction(async (manager) => {
      await assertAgencies(manager, agencyIds);
      const slug = input.slug ?? (await this.freeSlug(manager, input.name));
      await this.assertSlugFree(manager, slug);
      const programme = await manager.save(
        manager.create(ProgrammeEntity, {
          name: input.name.trim(),
          slug,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          description: input.description.trim(),
        }),
      );
      await manager.insert(
        ProgrammeAgencyEntity,
        agencyIds.map((agencyId) => ({ programmeId: programme.id, agencyId })),
      );
      return programme;
    });
  }

  async update(id: string, input: UpdateProgrammeInput): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOne(ProgrammeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw programmeNotFound();
      if (input.slug !== undefined && input.slug !== programme.slug) {
        await this.assertSlugFree(manager, input.slug, id);
        programme.slug = input.slug;
      }
      if (input.name !== undefined) programme.name = input.name.trim();
      if (input.startsOn !== undefined) programme.startsOn = input.startsOn;
      if (input.endsOn !== undefined) programme.endsOn = input.endsOn;
      if (input.description !== undefined) programme.description = input.description.trim();
      assertPeriod(programme.startsOn, programme.endsOn);
      return manager.save(programme);
    });
  }

  /** Replaces the participating agencies; the 3–8 rule applies to the new set. */
  async setAgencies(id: string, agencyIds: string[]): Promise<ProgrammeEntity> {
    const wanted = [...new Set(agencyIds)];
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOne(ProgrammeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw programmeNotFound();
      await assertAgencies(manager, wanted);
      await manager.delete(ProgrammeAgencyEntity, { programmeId: id, agencyId: Not(In(wanted)) });
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProgrammeAgencyEntity)
        .values(wanted.map((agencyId) => ({ programmeId: id, agencyId })))
        .orIgnore()
        .execute();
      programme.updatedAt = new Date();
      return manager.save(programme);
    });
  }

  async addEvent(programmeId: string, input: CreateProgrammeEventInput): Promise<ProgrammeEventEntity> {
    if (!(await this.exists(programmeId))) throw programmeNotFound();
    assertEventDates(input.startsOn, input.endsOn ?? null);
    return this.events.save(
      this.events.create({
        programmeId,
        kind: input.kind,
        title: input.title.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        place: input.place.trim(),
        notes: input.notes.trim(),
      }),
    );
  }

  async updateEvent(id: string, input: UpdateProgrammeEventInput): Promise<ProgrammeEventEntity> {
    const event = await this.getEvent(id);
    if (input.kind !== undefined) event.kind = input.kind;
    if (input.title !== undefined) event.title = input.title.trim();
    if (input.startsOn !== undefined) event.startsOn = input.startsOn;
    if (input.endsOn !== undefined) event.endsOn = input.endsOn;
    if (input.place !== undefined) event.place = input.place.trim();
    if (input.notes !== undefined) event.notes = input.notes.trim();
    assertEventDates(event.startsOn, event.endsOn);
    return this.events.save(event);
  }

  async removeEvent(id: string): Promise<boolean> {
    const event = await this.getEvent(id);
    await this.events.delete({ id: event.id });
    return true;
  }

  private async getEvent(id: string): Promise<ProgrammeEventEntity> {
    const event = await this.events.findOneBy({ id });
    if (!event) throw new ProgrammeException(ProgrammeErrorCode.PROGRAMME_EVENT_NOT_FOUND, 'Event not found.');
    return event;
  }

  private async assertSlugFree(manager: EntityManager, slug: string, exceptId?: string): Promise<void> {
    if (await manager.existsBy(ProgrammeEntity, exceptId ? { slug, id: Not(exceptId) } : { slug })) {
      throw new ProgrammeException(
        ProgrammeErrorCode.PROGRAMME_SLUG_TAKEN,
        `The slug "${slug}" is in use by another programme.`,
      );
    }
  }

  private async freeSlug(manager: EntityManager, name: string): Promise<string> {
    const base = slugify(name).slice(0, 110) || 'programm';
    let slug = base;
    for (let suffix = 2; await manager.existsBy(ProgrammeEntity, { slug }); suffix += 1) slug = `${base}-${suffix}`;
    return slug;
  }
}

function assertPeriod(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) {
    throw new ProgrammeException(
      ProgrammeErrorCode.PROGRAMME_INVALID_PERIOD,
      'Das Ende des Programms liegt vor seinem Beginn.',
    );
  }
}

function assertEventDates(startsOn: string, endsOn: string | null): void {
  if (endsOn !== null && endsOn < startsOn) {
    throw new ProgrammeException(
      ProgrammeErrorCode.PROGRAMME_INVALID_PERIOD,
      'Das Ende der Veranstaltung liegt vor ihrem Beginn.',
    );
  }
}

async function assertAgencies(manager: EntityManager, agencyIds: string[]): Promise<void> {
  if (agencyIds.length < MIN_PROGRAMME_AGENCIES || agencyIds.length > MAX_PROGRAMME_AGENCIES) {
    throw new ProgrammeException(
      ProgrammeErrorCode.PROGRAMME_AGENCY_COUNT,
      `Ein Programm läuft mit mindestens ${MIN_PROGRAMME_AGENCIES} und höchstens ${MAX_PROGRAMME_AGENCIES} Dienststellen; angegeben: ${agencyIds.length}.`,
      { min: MIN_PROGRAMME_AGENCIES, max: MAX_PROGRAMME_AGENCIES, given: agencyIds.length },
    );
  }
  const found = agencyIds.every((id) => isUUID(id)) ? await manager.countBy(AgencyEntity, { id: In(agencyIds) }) : -1;
  if (found !== agencyIds.length) {
    throw new ProgrammeException(
      ProgrammeErrorCode.PROGRAMME_AGENCY_NOT_FOUND,
      'Eine der Dienststellen gibt es nicht.',
    );
  }
}
