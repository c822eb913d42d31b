import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProjectStatus } from '../project-status';

@ObjectType('ProjectStatusChange')
export class ProjectStatusChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ProjectStatus, { nullable: true, description: 'null for the creation of the project.' })
  fromStatus: ProjectStatus | null;

  @Field(() => ProjectStatus)
  toStatus: ProjectStatus;

  @Field()
  changedAt: Date;

  @Field()
  note: string;

  // Resolved by a field resolver.
  changedById: string | null;
}
