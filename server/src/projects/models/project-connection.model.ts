import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/graphql/page-info.model';
import { ProjectModel } from './project.model';

@ObjectType('ProjectEdge')
export class ProjectEdge {
  @Field()
  cursor: string;

  @Field(() => ProjectModel)
  node: ProjectModel;
}

@ObjectType('ProjectConnection')
export class ProjectConnection {
  @Field(() => [ProjectEdge])
  edges: ProjectEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
