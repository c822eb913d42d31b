import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayUnique, IsBoolean, IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from '../../common/auth/role';
import { UserFunction } from '../user-function';

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(320)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => [UserFunction], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(UserFunction, { each: true })
  functions?: UserFunction[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
