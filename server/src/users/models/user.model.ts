import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/auth/role';
import { UserFunction } from '../user-function';

/** A user as administrators and the user themself see them. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => [UserFunction])
  functions: UserFunction[];

  @Field()
  active: boolean;

  /** Resolved by a field resolver; kept here for the mapper. */
  agencyId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;
}
