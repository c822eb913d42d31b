import { registerEnumType } from '@nestjs/graphql';

export enum ProjectArticleLinkKind {
  /** The article documents a result of the project. */
  OUTCOME = 'OUTCOME',
  /** The project relied on the article. */
  REFERENCE = 'REFERENCE',
}

registerEnumType(ProjectArticleLinkKind, { name: 'ProjectArticleLinkKind' });
