import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A team as shown next to content it owns. */
@ObjectType('TeamRef')
export class TeamRefModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
