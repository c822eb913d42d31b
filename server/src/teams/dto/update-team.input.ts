import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Length, MaxLength } from 'class-validator';

@InputType()
export class UpdateTeamInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'Admins only; null makes the team admin-managed.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;
}
