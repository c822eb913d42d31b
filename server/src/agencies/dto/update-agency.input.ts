import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Length } from 'class-validator';
import { AgencyKind } from '../agency-kind';

@InputType()
export class UpdateAgencyInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => AgencyKind, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyKind)
  kind?: AgencyKind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  region?: string;
}
