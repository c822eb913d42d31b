import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ProjectStatus } from '../project-status';

@InputType()
export class ProjectsFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  agencyIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  programmeIds?: string[];

  @Field(() => [ProjectStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ProjectStatus, { each: true })
  statuses?: ProjectStatus[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  topicIds?: string[];

  @Field({ nullable: true, description: 'Words in title, problem statement, goals, outcomes or body.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}

@ArgsType()
export class ProjectsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;

  @Field(() => ProjectsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectsFilter)
  filter?: ProjectsFilter;
}
