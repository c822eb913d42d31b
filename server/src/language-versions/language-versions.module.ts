import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticlesModule } from '../articles/articles.module';
import { ArticleLanguageFieldsResolver, LanguageVersionFieldsResolver } from './article-language-fields.resolver';
import { ArticleLanguageVersionEntity } from './article-language-version.entity';
import { LanguageVersionsResolver } from './language-versions.resolver';
import { LanguageVersionsService } from './language-versions.service';

@Module({
  imports: [TypeOrmModule.forFeature([ArticleLanguageVersionEntity, ArticleRevisionEntity]), ArticlesModule],
  providers: [
    LanguageVersionsService,
    LanguageVersionsResolver,
    ArticleLanguageFieldsResolver,
    LanguageVersionFieldsResolver,
  ],
  exports: [LanguageVersionsService],
})
export class LanguageVersionsModule {}
