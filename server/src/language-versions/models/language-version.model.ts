import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArticleModel } from '../../articles/models/article.model';
import { DiffBlockModel } from '../../articles/models/revision-comparison.model';
import { LanguageVariant } from '../language-variant';

@ObjectType('LanguageVersionLink', { description: 'One article of a version group (the source or a version).' })
export class LanguageVersionLinkModel {
  @Field(() => ArticleModel)
  article: ArticleModel;

  @Field(() => LanguageVariant, { nullable: true, description: 'Null for the source.' })
  variant: LanguageVariant | null;

  @Field({ description: "The article's language (de for easy language)." })
  language: string;

  @Field()
  isSource: boolean;
}

@ObjectType('SourceChanges', { description: 'What changed in the source between two of its revisions.' })
export class SourceChangesModel {
  @Field(() => Int)
  fromRevisionNumber: number;

  @Field(() => Int)
  toRevisionNumber: number;

  @Field()
  fromTitle: string;

  @Field()
  toTitle: string;

  @Field()
  titleChanged: boolean;

  @Field(() => [DiffBlockModel], { description: 'The same block diff as compareRevisions.' })
  blocks: DiffBlockModel[];
}

@ObjectType('LanguageVersion', { description: 'An article that is a language version of a source article.' })
export class LanguageVersionModel {
  @Field(() => LanguageVariant)
  variant: LanguageVariant;

  @Field()
  language: string;

  @Field(() => ID)
  sourceArticleId: string;

  @Field(() => ID, { nullable: true, description: 'Null when that revision no longer exists.' })
  sourceRevisionId: string | null;

  @Field(() => Int, { description: 'The source revision the version was made from or last marked up to date with.' })
  sourceRevisionNumber: number;

  @Field(() => Int, { description: "The source's latest revision." })
  sourceLatestRevisionNumber: number;

  @Field({
    description:
      'A newer source revision with a different title or text exists: "Quelle geändert seit dieser Version".',
  })
  sourceChanged: boolean;

  @Field({ description: 'When the version was made or last marked up to date.' })
  syncedAt: Date;

  // Resolved by field resolvers (source, sourceChanges) with the viewer's access.
  syncedById: string | null;
}
