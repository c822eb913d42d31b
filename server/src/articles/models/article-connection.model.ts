import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/graphql/page-info.model';
import { ArticleModel } from './article.model';

@ObjectType('ArticleEdge')
export class ArticleEdge {
  @Field()
  cursor: string;

  @Field(() => ArticleModel)
  node: ArticleModel;
}

@ObjectType('ArticleConnection')
export class ArticleConnection {
  @Field(() => [ArticleEdge])
  edges: ArticleEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All matching articles the viewer may see, not just this page.' })
  totalCount: number;
}
