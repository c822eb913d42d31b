import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProjectStatus } from '../../projects/project-status';

/** A project whose description shows the entry in a contact card. */
@ObjectType('DirectoryProjectReference')
export class DirectoryProjectReferenceModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field({ description: 'Published and PUBLIC: anonymous visitors find it in the Ideenbörse.' })
  public: boolean;
}
