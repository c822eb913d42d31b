import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { DATE_PATTERN, SLUG_PATTERN } from './programme-fields.validators';

@InputType()
export class CreateProgrammeInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ nullable: true, description: 'Derived from the name when omitted.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;

  @Field({ description: 'ISO date, e.g. 2020-09-01.' })
  @Matches(DATE_PATTERN, { message: 'startsOn must be a date like 2020-09-01' })
  startsOn: string;

  @Field({ description: 'ISO date, not before startsOn.' })
  @Matches(DATE_PATTERN, { message: 'endsOn must be a date like 2021-12-31' })
  endsOn: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  description: string;

  @Field(() => [ID], { description: '3 to 8 participating agencies.' })
  @IsArray()
  @IsUUID('all', { each: true })
  agencyIds: string[];
}
