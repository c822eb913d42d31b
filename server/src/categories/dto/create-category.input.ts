import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType()
export class CreateCategoryInput {
  @Field()
  @Length(1, 150)
  name: string;

  @Field({ nullable: true, description: 'Derived from the name when omitted.' })
  @IsOptional()
  @Length(1, 100)
  @Matches(SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to after the last sibling.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  position?: number;
}
