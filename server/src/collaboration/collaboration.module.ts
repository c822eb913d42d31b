import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module';
import { AuthModule } from '../auth/auth.module';
import { ProjectsModule } from '../projects/projects.module';
import { ArticleDocumentEntity } from './article-document.entity';
import { ArticleDocumentsService } from './article-documents.service';
import { ArticleVersionsResolver } from './article-versions.resolver';
import { ArticleVersionsService } from './article-versions.service';
import { BodyDerivationService } from './body-derivation.service';
import { CollaborationRevisionsService } from './collaboration-revisions.service';
import { CollaborationTokenService } from './collaboration-token.service';
import { CollaborationServer } from './collaboration.server';
import { ArticlePersistenceExtension } from './extensions/article-persistence.extension';
import { AuthenticationExtension } from './extensions/authentication.extension';
import { MessageLimitsExtension } from './extensions/message-limits.extension';
import { RevisionTimerExtension } from './extensions/revision-timer.extension';
import { ProjectDocumentEntity } from './project-document.entity';
import { ProjectDocumentsService } from './project-documents.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ArticleDocumentEntity, ProjectDocumentEntity]),
    ArticlesModule,
    ProjectsModule,
    AuthModule,
  ],
  providers: [
    ArticleDocumentsService,
    ProjectDocumentsService,
    BodyDerivationService,
    CollaborationTokenService,
    CollaborationRevisionsService,
    AuthenticationExtension,
    ArticlePersistenceExtension,
    MessageLimitsExtension,
    RevisionTimerExtension,
    CollaborationServer,
    ArticleVersionsService,
    ArticleVersionsResolver,
  ],
  exports: [CollaborationServer],
})
export class CollaborationModule {}
