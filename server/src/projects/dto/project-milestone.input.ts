import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ProjectMilestoneKind } from '../project-milestone-kind';
import { DATE_PATTERN } from './project-fields.validators';

@InputType()
export class AddProjectMilestoneInput {
  @Field(() => ProjectMilestoneKind)
  @IsEnum(ProjectMilestoneKind)
  kind: ProjectMilestoneKind;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field({ description: 'ISO date.' })
  @Matches(DATE_PATTERN, { message: 'date must be a date like 2021-03-15' })
  date: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  done: boolean;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  notes: string;
}

@InputType()
export class UpdateProjectMilestoneInput {
  @Field(() => ProjectMilestoneKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectMilestoneKind)
  kind?: ProjectMilestoneKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'date must be a date like 2021-03-15' })
  date?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  done?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}
