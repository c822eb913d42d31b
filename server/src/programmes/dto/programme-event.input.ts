import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ProgrammeEventKind } from '../programme-event-kind';
import { DATE_PATTERN } from './programme-fields.validators';

@InputType()
export class CreateProgrammeEventInput {
  @Field(() => ProgrammeEventKind)
  @IsEnum(ProgrammeEventKind)
  kind: ProgrammeEventKind;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field()
  @Matches(DATE_PATTERN, { message: 'startsOn must be a date like 2020-09-01' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day of a multi-day event.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'endsOn must be a date like 2020-09-02' })
  endsOn?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  place: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  notes: string;
}

@InputType()
export class UpdateProgrammeEventInput {
  @Field(() => ProgrammeEventKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeEventKind)
  kind?: ProgrammeEventKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'startsOn must be a date like 2020-09-01' })
  startsOn?: string;

  @Field(() => String, { nullable: true, description: 'null makes it a one-day event.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'endsOn must be a date like 2020-09-02' })
  endsOn?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}
