import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { TeamEntity } from './team.entity';

/** A user in a team. Members share the team's review list and review e-mails. */
@Entity('team_member')
export class TeamMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teamId' })
  team?: TeamEntity;

  // "Which teams am I in" runs for every review list, so it has its own index.
  @Index('IDX_team_member_user')
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  addedAt: Date;
}
