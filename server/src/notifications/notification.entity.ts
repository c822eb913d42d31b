import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { NotificationKind } from './notification-kind';

/**
 * An in-app notification. Texts and link are stored as written so notifications do not depend on
 * the feature that raised them; `dedupeKey` makes raising the same event twice a no-op.
 */
@Entity('notification')
@Index('UQ_notification_dedupe', ['recipientId', 'dedupeKey'], { unique: true })
@Index('IDX_notification_recipient', ['recipientId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipientId' })
  recipient?: UserEntity;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  /** Path inside the web app, e.g. /artikel/kdu-richtlinie. */
  @Column({ type: 'varchar', length: 500 })
  link: string;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;
}
