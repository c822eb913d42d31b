import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Heading')
export class HeadingModel {
  @Field(() => Int)
  level: number;

  @Field()
  text: string;

  @Field({ description: 'The id of the heading in bodyHtml, for a table of contents.' })
  anchor: string;
}
