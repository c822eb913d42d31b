import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Length, MaxLength } from 'class-validator';

@InputType()
export class CreateTeamInput {
  @Field()
  @Length(2, 120)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Editors may only create teams of their own agency (the default when they leave it out).',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;
}
