import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChangeProposalStatus } from '../change-proposal-status';

@ObjectType('ProposedProjectChanges', { description: 'Fields the proposal would change; null = unchanged.' })
export class ProposedProjectChangesModel {
  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  problemStatement: string | null;

  @Field(() => String, { nullable: true })
  goals: string | null;

  @Field(() => String, { nullable: true })
  outcomes: string | null;

  @Field(() => String, { nullable: true })
  lessonsLearned: string | null;
}

@ObjectType('ProjectChangeProposal')
export class ProjectChangeProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => ProposedProjectChangesModel)
  changes: ProposedProjectChangesModel;

  @Field()
  message: string;

  @Field(() => Int)
  baseVersion: number;

  @Field(() => ChangeProposalStatus)
  status: ChangeProposalStatus;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field()
  decisionNote: string;

  @Field()
  createdAt: Date;

  // Resolved by field resolvers.
  proposedById: string | null;
  decidedById: string | null;
}
