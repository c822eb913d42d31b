import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayUnique, IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from '../../common/auth/role';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy';
import { UserFunction } from '../user-function';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(320)
  email: string;

  @Field()
  @Length(1, 120)
  displayName: string;

  @Field()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => [UserFunction], { defaultValue: [] })
  @ArrayUnique()
  @IsEnum(UserFunction, { each: true })
  functions: UserFunction[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;
}
