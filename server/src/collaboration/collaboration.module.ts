import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module';
import { AuthModule } from '../auth/auth.module';
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

@Module({
  imports: [TypeOrmModule.forFeature([ArticleDocumentEntity]), ArticlesModule, AuthModule],
  providers: [
    ArticleDocumentsService,
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
