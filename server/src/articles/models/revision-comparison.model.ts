import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArticleRevisionModel } from './article-revision.model';

export enum DiffChange {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  UNCHANGED = 'UNCHANGED',
  CHANGED = 'CHANGED',
}
registerEnumType(DiffChange, { name: 'DiffChange' });

@ObjectType('DiffSegment')
export class DiffSegmentModel {
  @Field(() => DiffChange)
  change: DiffChange;

  @Field()
  text: string;
}

@ObjectType('DiffBlock')
export class DiffBlockModel {
  @Field(() => DiffChange)
  change: DiffChange;

  @Field({ description: 'Block kind: heading, paragraph, listItem, tableRow, codeBlock, …' })
  kind: string;

  @Field(() => [DiffSegmentModel], { description: 'Word-level segments; CHANGED blocks interleave old and new words.' })
  segments: DiffSegmentModel[];
}

@ObjectType('RevisionComparison')
export class RevisionComparisonModel {
  @Field(() => ArticleRevisionModel)
  from: ArticleRevisionModel;

  @Field(() => ArticleRevisionModel)
  to: ArticleRevisionModel;

  @Field()
  titleChanged: boolean;

  @Field(() => [DiffBlockModel])
  blocks: DiffBlockModel[];
}
