import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { ProgrammeAgencyEntity } from './programme-agency.entity';
import { ProgrammeEventEntity } from './programme-event.entity';
import { ProgrammeFieldsResolver } from './programme-fields.resolver';
import { ProgrammeEntity } from './programme.entity';
import { ProgrammesResolver } from './programmes.resolver';
import { ProgrammesService } from './programmes.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeEntity, ProgrammeAgencyEntity, ProgrammeEventEntity]), AgenciesModule],
  providers: [ProgrammesService, ProgrammesResolver, ProgrammeFieldsResolver],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
