import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { UsersModule } from '../users/users.module';
import { TeamFieldsResolver } from './team-fields.resolver';
import { TeamMemberEntity } from './team-member.entity';
import { TeamEntity } from './team.entity';
import { TeamsResolver } from './teams.resolver';
import { TeamsService } from './teams.service';

@Module({
  imports: [TypeOrmModule.forFeature([TeamEntity, TeamMemberEntity]), AgenciesModule, UsersModule],
  providers: [TeamsService, TeamsResolver, TeamFieldsResolver],
  exports: [TeamsService],
})
export class TeamsModule {}
