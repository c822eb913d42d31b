import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module';
import { ProjectsModule } from '../projects/projects.module';
import { SearchOutboxModule } from '../search-outbox/search-outbox.module';
import { UsersModule } from '../users/users.module';
import { DirectoryCodeEntity } from './code-lists/directory-code.entity';
import { DirectoryCodesResolver } from './code-lists/directory-codes.resolver';
import { DirectoryCodesService } from './code-lists/directory-codes.service';
import { DirectoryAddressEntity } from './directory-address.entity';
import { DirectoryClock } from './directory-clock';
import { DirectoryContactPersonEntity } from './directory-contact-person.entity';
import { DirectoryContactsResolver } from './directory-contacts.resolver';
import { DirectoryContactsService } from './directory-contacts.service';
import { DirectoryCourseOfferEntity } from './directory-course-offer.entity';
import { DirectoryEntriesService } from './directory-entries.service';
import { DirectoryEntryChangeEntity } from './directory-entry-change.entity';
import {
  DirectoryChangeFieldsResolver,
  DirectoryEntryFieldsResolver,
  DirectoryEntryInternalFieldsResolver,
} from './directory-entry-fields.resolver';
import { DirectoryEntryEntity } from './directory-entry.entity';
import { DirectoryOpeningHoursEntity } from './directory-opening-hours.entity';
import { DirectoryQueriesService } from './directory-queries.service';
import { DirectoryReferencesResolver } from './directory-references.resolver';
import { DirectoryReferencesService } from './directory-references.service';
import { DirectoryVerificationIntervalEntity } from './directory-verification-interval.entity';
import { DirectoryVerificationPolicy } from './directory-verification.policy';
import { DirectoryResolver } from './directory.resolver';
import { DirectoryFacetIndex } from './facet-index/directory-facet-index';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      DirectoryEntryEntity,
      DirectoryAddressEntity,
      DirectoryOpeningHoursEntity,
      DirectoryCourseOfferEntity,
      DirectoryContactPersonEntity,
      DirectoryEntryChangeEntity,
      DirectoryVerificationIntervalEntity,
      DirectoryCodeEntity,
    ]),
    UsersModule,
    SearchOutboxModule,
    ArticlesModule,
    ProjectsModule,
  ],
  providers: [
    DirectoryClock,
    DirectoryVerificationPolicy,
    DirectoryEntriesService,
    DirectoryContactsService,
    DirectoryQueriesService,
    DirectoryFacetIndex,
    DirectoryResolver,
    DirectoryContactsResolver,
    DirectoryEntryFieldsResolver,
    DirectoryEntryInternalFieldsResolver,
    DirectoryChangeFieldsResolver,
    DirectoryReferencesService,
    DirectoryReferencesResolver,
    DirectoryCodesService,
    DirectoryCodesResolver,
  ],
  exports: [
    DirectoryClock,
    DirectoryEntriesService,
    DirectoryQueriesService,
    DirectoryContactsService,
    DirectoryCodesService,
  ],
})
export class DirectoryModule {}
