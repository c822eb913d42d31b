import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ProjectTopic')
export class ProjectTopicModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  @Field()
  archived: boolean;
}
