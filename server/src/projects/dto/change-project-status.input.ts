import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { ProjectStatus } from '../project-status';

@InputType()
export class ChangeProjectStatusInput {
  @Field(() => ProjectStatus)
  @IsEnum(ProjectStatus)
  status: ProjectStatus;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  note: string;

  @Field(() => Int, { nullable: true, description: 'When given, a newer project version gives CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  baseVersion?: number;
}
