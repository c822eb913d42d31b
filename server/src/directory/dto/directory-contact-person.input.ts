import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';

@InputType()
export class DirectoryContactPersonInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  role: string = '';

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(60)
  phone: string = '';

  @Field({ defaultValue: '' })
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  @MaxLength(200)
  email: string = '';

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  languages: string[] = [];

  @Field({ description: 'ISO date the person agreed to be listed (required).' })
  @IsDateString({ strict: true })
  consentGivenOn: string;
}

@InputType()
export class UpdateDirectoryContactPersonInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  languages?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  consentGivenOn?: string;
}
