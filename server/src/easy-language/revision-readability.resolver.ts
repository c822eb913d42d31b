import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ArticleRevisionModel } from '../articles/models/article-revision.model';
import { toReadabilityScoresModel } from './easy-language.mapper';
import { ReadabilityScoresModel } from './models/readability-scores.model';

/** Adds the stored readability scores to the history (articles does not know this feature's types). */
@Resolver(() => ArticleRevisionModel)
export class RevisionReadabilityResolver {
  @ResolveField(() => ReadabilityScoresModel, {
    nullable: true,
    description: 'Readability of the body at this revision; null for revisions taken before scores were stored.',
  })
  readability(@Parent() revision: ArticleRevisionModel): ReadabilityScoresModel | null {
    return revision.readabilityScores ? toReadabilityScoresModel(revision.readabilityScores) : null;
  }
}
