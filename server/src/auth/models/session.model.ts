import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session')
export class SessionModel {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastSeenAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  /** The session making this request. */
  @Field()
  current: boolean;
}
