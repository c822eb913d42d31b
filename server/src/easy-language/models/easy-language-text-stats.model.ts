import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EasyLanguageTextStats')
export class EasyLanguageTextStatsModel {
  @Field(() => Int)
  sentences: number;

  @Field(() => Int)
  words: number;

  @Field(() => Int)
  syllables: number;

  @Field(() => Int, { description: 'Words with more than six letters.' })
  longWords: number;

  @Field(() => Float)
  averageSentenceLength: number;

  @Field(() => Float)
  averageSyllablesPerWord: number;
}
