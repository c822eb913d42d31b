import { Args, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/auth/access.decorators';
import { EasyLanguageCheckArgs } from './dto/easy-language-check.args';
import { EasyLanguageService } from './easy-language.service';
import { EasyLanguageReportModel } from './models/easy-language-report.model';

@Resolver(() => EasyLanguageReportModel)
export class EasyLanguageResolver {
  constructor(private readonly easyLanguage: EasyLanguageService) {}

  @SignedIn()
  @Query(() => EasyLanguageReportModel, {
    description:
      'Checks German text against the rules of Leichte Sprache or Einfache Sprache, with readability scores.',
  })
  easyLanguageCheck(@Args() { text, level, locale }: EasyLanguageCheckArgs): EasyLanguageReportModel {
    return this.easyLanguage.check(text, level, locale);
  }
}
