import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PROJECT_TEXT_MAX, PROJECT_TITLE_MAX } from './project-fields.validators';

@InputType({ description: 'A partial update of the text fields, with a message to the team.' })
export class ProposeProjectChangeInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, PROJECT_TITLE_MAX)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  problemStatement?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  goals?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  outcomes?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  lessonsLearned?: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  message: string;
}
