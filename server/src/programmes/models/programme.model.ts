import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Programme')
export class ProgrammeModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  @Field({ description: 'ISO date.' })
  startsOn: string;

  @Field({ description: 'ISO date.' })
  endsOn: string;

  @Field()
  description: string;
}
