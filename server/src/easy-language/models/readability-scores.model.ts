import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('ReadabilityScores', { description: 'German readability scores of a text.' })
export class ReadabilityScoresModel {
  @Field(() => Float, {
    description: 'Flesch reading ease after Amstad: 0 (very hard) … 100 (very easy); ≥ 60 is easy.',
  })
  fleschAmstad: number;

  @Field(() => Float, { description: 'First Wiener Sachtextformel: school grade 4 (easy) … 15 (very hard).' })
  wienerSachtextformel: number;

  @Field(() => Float, { description: 'LIX: below 40 is easy, above 60 very hard.' })
  lix: number;
}
