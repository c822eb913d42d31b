import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What changed: one row per entity to (re)index, written in the same transaction as the change. */
@Entity('search_outbox')
@Index('IDX_search_outbox_due', ['nextAttemptAt', 'id'])
export class SearchOutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** ARTICLE, CATEGORY (reindex its articles), … */
  @Column({ type: 'varchar', length: 32 })
  entityKind: string;

  @Column({ type: 'uuid' })
  entityId: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  enqueuedAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
