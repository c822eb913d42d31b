import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, Length } from 'class-validator';
import { AgencyKind } from '../agency-kind';

@InputType()
export class CreateAgencyInput {
  @Field()
  @Length(2, 200)
  name: string;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind)
  kind: AgencyKind;

  @Field()
  @Length(1, 200)
  region: string;
}
