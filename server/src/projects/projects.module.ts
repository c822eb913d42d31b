import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { ArticlesModule } from '../articles/articles.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { SearchOutboxModule } from '../search-outbox/search-outbox.module';
import { UsersModule } from '../users/users.module';
import { ProjectArticleLinkEntity } from './project-article-link.entity';
import { ArticleProjectsResolver, ProjectArticlesResolver } from './project-articles.resolver';
import { ProjectChangeProposalEntity } from './project-change-proposal.entity';
import { ProjectContentSyncRegistry } from './project-content-sync';
import { ProjectEditGate } from './project-edit-gate';
import { ProjectFieldsResolver } from './project-fields.resolver';
import { ProjectInspirationEntity } from './project-inspiration.entity';
import { ProjectLinksResolver } from './project-links.resolver';
import { ProjectLinksService } from './project-links.service';
import { ProjectMemberEntity } from './project-member.entity';
import { ProjectMilestoneEntity } from './project-milestone.entity';
import {
  ProjectChangeProposalFieldsResolver,
  ProjectMemberFieldsResolver,
  ProjectStatusChangeFieldsResolver,
} from './project-people.resolver';
import { ProjectProposalsResolver } from './project-proposals.resolver';
import { ProjectProposalsService } from './project-proposals.service';
import { ProjectQueriesService } from './project-queries.service';
import { ProjectRelationsResolver } from './project-relations.resolver';
import { ProjectStatusChangeEntity } from './project-status-change.entity';
import { ProjectTeamResolver } from './project-team.resolver';
import { ProjectTeamService } from './project-team.service';
import { ProjectTopicEntity } from './project-topic.entity';
import { ProjectTopicsResolver } from './project-topics.resolver';
import { ProjectTopicsService } from './project-topics.service';
import { ProjectEntity } from './project.entity';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';
import { PublicProjectsResolver } from './public-projects.resolver';
import { PublicProjectsService } from './public-projects.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProjectEntity,
      ProjectTopicEntity,
      ProjectStatusChangeEntity,
      ProjectMemberEntity,
      ProjectMilestoneEntity,
      ProjectArticleLinkEntity,
      ProjectInspirationEntity,
      ProjectChangeProposalEntity,
    ]),
    AgenciesModule,
    UsersModule,
    ArticlesModule,
    ProgrammesModule,
    SearchOutboxModule,
  ],
  providers: [
    ProjectContentSyncRegistry,
    ProjectEditGate,
    ProjectsService,
    ProjectQueriesService,
    ProjectTeamService,
    ProjectLinksService,
    ProjectProposalsService,
    ProjectTopicsService,
    PublicProjectsService,
    ProjectsResolver,
    ProjectTeamResolver,
    ProjectLinksResolver,
    ProjectProposalsResolver,
    ProjectTopicsResolver,
    PublicProjectsResolver,
    ProjectFieldsResolver,
    ProjectRelationsResolver,
    ProjectArticlesResolver,
    ArticleProjectsResolver,
    ProjectMemberFieldsResolver,
    ProjectStatusChangeFieldsResolver,
    ProjectChangeProposalFieldsResolver,
  ],
  exports: [
    ProjectsService,
    ProjectQueriesService,
    ProjectTopicsService,
    PublicProjectsService,
    ProjectTeamService,
    ProjectLinksService,
    ProjectContentSyncRegistry,
  ],
})
export class ProjectsModule {}
