import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { DATE_PATTERN, SLUG_PATTERN } from './programme-fields.validators';

@InputType()
export class UpdateProgrammeInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  @Matches(SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'startsOn must be a date like 2020-09-01' })
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'endsOn must be a date like 2021-12-31' })
  endsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;
}
