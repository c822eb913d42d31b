import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SearchOutboxEntity } from './search-outbox.entity';
import { SearchOutboxService } from './search-outbox.service';

/** The outbox stands apart from search so that every feature can enqueue without importing search. */
@Module({
  imports: [TypeOrmModule.forFeature([SearchOutboxEntity])],
  providers: [SearchOutboxService],
  exports: [SearchOutboxService],
})
export class SearchOutboxModule {}
