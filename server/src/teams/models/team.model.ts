import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Team', { description: 'A group of users that can own articles and directory entries.' })
export class TeamModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  /** Resolved to `agency` and `viewerCanManage` by TeamFieldsResolver. */
  agencyId: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
