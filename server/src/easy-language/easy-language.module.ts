import { Module } from '@nestjs/common';
import { EasyLanguageResolver } from './easy-language.resolver';
import { EasyLanguageService } from './easy-language.service';
import { RevisionReadabilityResolver } from './revision-readability.resolver';

@Module({
  providers: [EasyLanguageService, EasyLanguageResolver, RevisionReadabilityResolver],
  exports: [EasyLanguageService],
})
export class EasyLanguageModule {}
