import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@ArgsType()
export class MyReviewsArgs {
  @Field(() => Int, { defaultValue: 30, description: 'Also list articles due within this many days.' })
  @IsInt()
  @Min(0)
  @Max(365)
  withinDays = 30;
}
