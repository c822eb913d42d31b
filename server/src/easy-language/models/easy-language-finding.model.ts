import { Field, Int, ObjectType } from '@nestjs/graphql';
import { EasyLanguageSeverity } from '../easy-language-level';

@ObjectType('EasyLanguageSuggestion')
export class EasyLanguageSuggestionModel {
  @Field({ description: 'Replacement for the finding range [from, to).' })
  text: string;

  @Field({ description: 'German button label, e.g. „Bundes·agentur“ schreiben.' })
  label: string;
}

@ObjectType('EasyLanguageFinding')
export class EasyLanguageFindingModel {
  @Field({ description: 'Rule id, e.g. passive-voice or compound-word.' })
  ruleId: string;

  @Field({ description: 'German title of the rule.' })
  ruleTitle: string;

  @Field(() => EasyLanguageSeverity)
  severity: EasyLanguageSeverity;

  @Field({ description: 'German explanation for non-linguists.' })
  message: string;

  @Field(() => Int, { description: 'UTF-16 offset of the first character.' })
  from: number;

  @Field(() => Int, { description: 'UTF-16 offset after the last character.' })
  to: number;

  @Field({ description: 'The text in [from, to).' })
  text: string;

  @Field(() => EasyLanguageSuggestionModel, { nullable: true })
  suggestion: EasyLanguageSuggestionModel | null;
}
