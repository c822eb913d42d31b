import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyKind } from '../agency-kind';

@ObjectType('Agency')
export class AgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field()
  region: string;
}
