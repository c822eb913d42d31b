import { AgencyEntity } from '../agencies/agency.entity';
import { ArticleDirectoryReferenceEntity } from '../articles/article-directory-reference.entity';
import { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticleEntity } from '../articles/article.entity';
import { SessionEntity } from '../auth/session.entity';
import { ArticleDocumentEntity } from '../collaboration/article-document.entity';
import { ProjectDocumentEntity } from '../collaboration/project-document.entity';
import { CategoryEntity } from '../categories/category.entity';
import { DirectoryCodeEntity } from '../directory/code-lists/directory-code.entity';
import { DirectoryAddressEntity } from '../directory/directory-address.entity';
import { DirectoryContactPersonEntity } from '../directory/directory-contact-person.entity';
import { DirectoryCourseOfferEntity } from '../directory/directory-course-offer.entity';
import { DirectoryEntryChangeEntity } from '../directory/directory-entry-change.entity';
import { DirectoryEntryEntity } from '../directory/directory-entry.entity';
import { DirectoryOpeningHoursEntity } from '../directory/directory-opening-hours.entity';
import { DirectoryVerificationIntervalEntity } from '../directory/directory-verification-interval.entity';
import { MaterialFileContentEntity } from '../materials/material-file-content.entity';
import { MaterialFileEntity } from '../materials/material-file.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { ProgrammeAgencyEntity } from '../programmes/programme-agency.entity';
import { ProgrammeEventEntity } from '../programmes/programme-event.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { ArticleLanguageVersionEntity } from '../language-versions/article-language-version.entity';
import { ProjectArticleLinkEntity } from '../projects/project-article-link.entity';
import { ProjectChangeProposalEntity } from '../projects/project-change-proposal.entity';
import { ProjectDirectoryReferenceEntity } from '../projects/project-directory-reference.entity';
import { ProjectInspirationEntity } from '../projects/project-inspiration.entity';
import { ProjectMemberEntity } from '../projects/project-member.entity';
import { ProjectMilestoneEntity } from '../projects/project-milestone.entity';
import { ProjectStatusChangeEntity } from '../projects/project-status-change.entity';
import { ProjectTopicEntity } from '../projects/project-topic.entity';
import { ProjectEntity } from '../projects/project.entity';
import { ArticleReviewEntity } from '../reviews/article-review.entity';
import { ReviewDigestEntity } from '../reviews/review-digest.entity';
import { SearchOutboxEntity } from '../search-outbox/search-outbox.entity';
import { TeamMemberEntity } from '../teams/team-member.entity';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';

/** Every entity, for the data source and the migration drift check. */
export const ENTITIES = [
  AgencyEntity,
  UserEntity,
  TeamEntity,
  TeamMemberEntity,
  SessionEntity,
  CategoryEntity,
  ArticleEntity,
  ArticleRevisionEntity,
  ArticleDocumentEntity,
  SearchOutboxEntity,
  ProgrammeEntity,
  ProgrammeAgencyEntity,
  ProgrammeEventEntity,
  ProjectTopicEntity,
  ProjectEntity,
  ProjectStatusChangeEntity,
  ProjectMemberEntity,
  ProjectMilestoneEntity,
  ProjectArticleLinkEntity,
  ProjectInspirationEntity,
  ProjectChangeProposalEntity,
  ProjectDocumentEntity,
  DirectoryEntryEntity,
  DirectoryAddressEntity,
  DirectoryOpeningHoursEntity,
  DirectoryCourseOfferEntity,
  DirectoryContactPersonEntity,
  DirectoryEntryChangeEntity,
  DirectoryVerificationIntervalEntity,
  DirectoryCodeEntity,
  ArticleDirectoryReferenceEntity,
  ProjectDirectoryReferenceEntity,
  ArticleReviewEntity,
  ReviewDigestEntity,
  ArticleLanguageVersionEntity,
  NotificationEntity,
  MaterialFileEntity,
  MaterialFileContentEntity,
];
