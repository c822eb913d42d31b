import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProjectMemberFunction } from '../project-member-function';

@ObjectType('ProjectMember')
export class ProjectMemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => ID, { nullable: true, description: 'Set for members with an account; see also `user`.' })
  userId: string | null;

  @Field(() => String, { nullable: true, description: 'Set for external members.' })
  externalName: string | null;

  @Field()
  externalRole: string;

  @Field(() => ProjectMemberFunction)
  function: ProjectMemberFunction;
}
