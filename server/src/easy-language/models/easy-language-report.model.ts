import { Field, ObjectType } from '@nestjs/graphql';
import { EasyLanguageLevel } from '../easy-language-level';
import { EasyLanguageFindingModel } from './easy-language-finding.model';
import { EasyLanguageTextStatsModel } from './easy-language-text-stats.model';
import { ReadabilityScoresModel } from './readability-scores.model';

@ObjectType('EasyLanguageReport')
export class EasyLanguageReportModel {
  @Field(() => EasyLanguageLevel)
  level: EasyLanguageLevel;

  @Field(() => [EasyLanguageFindingModel], { description: 'Sorted by position.' })
  findings: EasyLanguageFindingModel[];

  @Field(() => ReadabilityScoresModel)
  scores: ReadabilityScoresModel;

  @Field(() => EasyLanguageTextStatsModel)
  stats: EasyLanguageTextStatsModel;
}
