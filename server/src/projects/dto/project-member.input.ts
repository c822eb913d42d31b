import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ProjectMemberFunction } from '../project-member-function';

@InputType({ description: 'Either userId, or externalName (+ externalRole) for someone without an account.' })
export class AddProjectMemberInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  externalName?: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  externalRole: string;

  @Field(() => ProjectMemberFunction, { defaultValue: ProjectMemberFunction.OTHER })
  @IsEnum(ProjectMemberFunction)
  function: ProjectMemberFunction;
}

@InputType()
export class UpdateProjectMemberInput {
  @Field({ nullable: true, description: 'Only for external members.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  externalName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalRole?: string;

  @Field(() => ProjectMemberFunction, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectMemberFunction)
  function?: ProjectMemberFunction;
}
