import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class SetCategoryReviewIntervalInput {
  @Field(() => ID)
  @IsUUID()
  categoryId: string;

  @Field(() => Int, { nullable: true, description: 'Months between reviews; null inherits from the parent category.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  months: number | null;
}
