import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesResolver } from './agencies.resolver';
import { AgenciesService } from './agencies.service';
import { AgencyEntity } from './agency.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity])],
  providers: [AgenciesService, AgenciesResolver],
  exports: [AgenciesService],
})
export class AgenciesModule {}
