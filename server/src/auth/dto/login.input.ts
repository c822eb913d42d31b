import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @Length(1, 320)
  email: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password: string;
}
