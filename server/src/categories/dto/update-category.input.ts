import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { SLUG_PATTERN } from './create-category.input';

@InputType()
export class UpdateCategoryInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 150)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  @Matches(SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'null moves the category to the top level.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  position?: number;
}
