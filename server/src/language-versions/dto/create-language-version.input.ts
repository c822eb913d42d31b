import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { LANGUAGE_PATTERN, TITLE_MAX } from '../../articles/dto/article-fields.validators';
import { LanguageVariant } from '../language-variant';

@InputType()
export class CreateLanguageVersionInput {
  @Field(() => ID, { description: 'The source; a version given here stands for its own source.' })
  @IsUUID()
  sourceArticleId: string;

  @Field(() => LanguageVariant)
  @IsEnum(LanguageVariant)
  variant: LanguageVariant;

  @Field({
    nullable: true,
    description: 'Required for TRANSLATION (en, ar, fa, tr, uk, ru, ps, ti, fr); de otherwise.',
  })
  @IsOptional()
  @Matches(LANGUAGE_PATTERN, { message: 'language must be a language tag such as de or en' })
  language?: string;

  @Field({ nullable: true, description: "The source's title when omitted." })
  @IsOptional()
  @IsString()
  @Length(1, TITLE_MAX)
  title?: string;
}
