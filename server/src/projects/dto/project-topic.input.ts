import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PROJECT_SLUG_PATTERN } from './project-fields.validators';

@InputType()
export class CreateProjectTopicInput {
  @Field()
  @IsString()
  @Length(1, 120)
  name: string;

  @Field({ nullable: true, description: 'Derived from the name when omitted.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(PROJECT_SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;
}

@InputType()
export class UpdateProjectTopicInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  @Matches(PROJECT_SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;
}
