import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DIRECTORY_CODE_PATTERN, DirectoryCodeList } from '../directory-code-list';

@InputType()
export class CreateDirectoryCodeInput {
  @Field(() => DirectoryCodeList)
  @IsEnum(DirectoryCodeList)
  list: DirectoryCodeList;

  @Field({ description: 'German name, unique within the list.' })
  @IsString()
  @Length(1, 120)
  name: string;

  @Field({ nullable: true, description: 'Stable key (e.g. SENIORS); derived from the name when omitted.' })
  @IsOptional()
  @Matches(DIRECTORY_CODE_PATTERN, { message: 'code must be 2–40 of A–Z, 0–9 and _, starting with a letter' })
  code?: string;

  @Field(() => Int, { nullable: true, description: 'Order in forms and filters; last when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

@InputType()
export class UpdateDirectoryCodeInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;

  @Field({ nullable: true, description: 'Archived values stay on entries but are no longer offered.' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}
