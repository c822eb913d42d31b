import { ArgsType, Field } from '@nestjs/graphql';
import type { MessageLocale } from '@wissensnetz/easy-language';
import { IsEnum, IsIn, IsString, MaxLength } from 'class-validator';
import { EasyLanguageLevel } from '../easy-language-level';

/** About 7,000 words: a long article; bounds the CPU one request can take. */
export const MAX_CHECK_TEXT_LENGTH = 50_000;

@ArgsType()
export class EasyLanguageCheckArgs {
  @Field({ description: `German text, at most ${MAX_CHECK_TEXT_LENGTH} characters.` })
  @IsString()
  @MaxLength(MAX_CHECK_TEXT_LENGTH)
  text: string;

  @Field(() => EasyLanguageLevel, { defaultValue: EasyLanguageLevel.LEICHTE_SPRACHE })
  @IsEnum(EasyLanguageLevel)
  level: EasyLanguageLevel = EasyLanguageLevel.LEICHTE_SPRACHE;

  @Field(() => String, {
    defaultValue: 'de',
    description: 'Language of messages, suggestion labels and rule titles: de or en. The text is German either way.',
  })
  @IsIn(['de', 'en'])
  locale: MessageLocale = 'de';
}
