import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ArticleModel } from '../../articles/models/article.model';

@ObjectType('ReviewItem', { description: 'An article its owner should review, with its due date.' })
export class ReviewItemModel {
  @Field(() => ArticleModel)
  article: ArticleModel;

  @Field()
  lastVerifiedAt: Date;

  @Field(() => Int)
  intervalMonths: number;

  @Field()
  dueAt: Date;

  @Field({ description: 'The due date has passed.' })
  overdue: boolean;
}
