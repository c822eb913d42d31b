import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A user as anyone may see them next to content: no e-mail, no role. */
@ObjectType('UserRef')
export class UserRefModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
