import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectMilestoneKind } from '../project-milestone-kind';

@ObjectType('ProjectMilestone')
export class ProjectMilestoneModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => ProjectMilestoneKind)
  kind: ProjectMilestoneKind;

  @Field()
  title: string;

  @Field({ description: 'ISO date.' })
  date: string;

  @Field()
  done: boolean;

  @Field()
  notes: string;
}

@ObjectType('CoachingProgress', { description: 'Coaching appointments on site: 3 to 6 per agency is the norm.' })
export class CoachingProgressModel {
  @Field(() => Int, { description: 'Coaching milestones held (done).' })
  done: number;

  @Field(() => Int, { description: 'All coaching milestones, held or not.' })
  planned: number;

  @Field(() => Int)
  recommendedMin: number;

  @Field(() => Int, { description: 'The most the server accepts.' })
  max: number;
}
