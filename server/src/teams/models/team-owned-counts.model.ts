import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TeamOwnedCounts', {
  description: 'How much content a team owns (a team that owns content cannot be deleted).',
})
export class TeamOwnedCountsModel {
  @Field(() => Int)
  articles: number;

  @Field(() => Int)
  directoryEntries: number;
}
