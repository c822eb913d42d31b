import type { MigrationInterface } from 'typeorm';
import { AddPostgresSearchIndex1795626925508 } from './1795626925508-add-postgres-search-index';
import { AddSearchOutbox1795626925507 } from './1795626925507-add-search-outbox';
import { AddCollaborativeDocuments1795625335945 } from './1795625335945-add-collaborative-documents';
import { AddProgrammesAndProjects1796028327810 } from './1796028327810-add-programmes-and-projects';
import { InitialSchema1795623740072 } from './1795623740072-initial-schema';
import { SpeedUpPostgresSearch1796100000000 } from './1796100000000-speed-up-postgres-search';
import { AddDirectory1796110000000 } from './1796110000000-add-directory';
import { AddMaterialFiles1796170000000 } from './1796170000000-add-material-files';
import { AddRevisionReadability1796120000000 } from './1796120000000-add-revision-readability';
import { PartitionSearchDocuments1796130000000 } from './1796130000000-partition-search-documents';
import { AddArticleKind1796141000000 } from './1796141000000-add-article-kind';
import { AddReviewCycle1796142000000 } from './1796142000000-add-review-cycle';
import { AddProjectDocument1796143000000 } from './1796143000000-add-project-document';
import { AddDirectoryReferences1796158000000 } from './1796158000000-add-directory-references';
import { AddTeams1796161000000 } from './1796161000000-add-teams';
import { AddLanguageVersions1796160000000 } from './1796160000000-add-language-versions';
import { AddDirectoryFacetIndex1796185000000 } from './1796185000000-add-directory-facet-index';
import { AddDirectoryCodeLists1796190000000 } from './1796190000000-add-directory-code-lists';
import { AddDirectoryRevision1796200000000 } from './1796200000000-add-directory-revision';
import { AddSearchCategoryLexemes1796210000000 } from './1796210000000-add-search-category-lexemes';
import { JoinWordsAtWordPoints1796220000000 } from './1796220000000-join-words-at-word-points';

/** Every migration in order. Generated files are added here by hand so the list is explicit and typed. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795623740072,
  AddCollaborativeDocuments1795625335945,
  AddSearchOutbox1795626925507,
  AddPostgresSearchIndex1795626925508,
  AddProgrammesAndProjects1796028327810,
  SpeedUpPostgresSearch1796100000000,
  AddDirectory1796110000000,
  AddRevisionReadability1796120000000,
  PartitionSearchDocuments1796130000000,
  AddArticleKind1796141000000,
  AddReviewCycle1796142000000,
  AddProjectDocument1796143000000,
  AddDirectoryReferences1796158000000,
  AddTeams1796161000000,
  AddMaterialFiles1796170000000,
  AddLanguageVersions1796160000000,
  AddDirectoryFacetIndex1796185000000,
  AddDirectoryCodeLists1796190000000,
  AddDirectoryRevision1796200000000,
  AddSearchCategoryLexemes1796210000000,
  JoinWordsAtWordPoints1796220000000,
];
