import { Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDateString,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { CefrLevel, CourseFormat, CourseSchedule, CourseType } from '../course-offer-enums';

export const POSTAL_CODE_PATTERN = /^\d{5}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

@InputType()
export class DirectoryAddressInput {
  @Field({ defaultValue: '', description: 'E.g. "Hauptstelle" or "Kursort Nord".' })
  @IsString()
  @MaxLength(200)
  label: string = '';

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  street: string;

  @Field({ description: 'Five digits; must be a German postal code (else DIRECTORY_UNKNOWN_POSTAL_CODE).' })
  @IsString()
  @Matches(POSTAL_CODE_PATTERN, { message: 'postalCode must be five digits' })
  postalCode: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  city: string;

  @Field({ description: 'Landkreis or kreisfreie Stadt.' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  district: string;

  @Field(() => Float, { nullable: true, description: 'Without coordinates the postal code’s centre is used.' })
  @IsOptional()
  @IsLatitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude()
  longitude?: number | null;
}

@InputType()
export class DirectoryOpeningHoursInput {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday.' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @Field(() => String, {
    nullable: true,
    description: '"HH:MM" (Europe/Berlin); leave both times empty for a note only.',
  })
  @IsOptional()
  @Matches(TIME_PATTERN, { message: 'opens must be HH:MM' })
  opens?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME_PATTERN, { message: 'closes must be HH:MM' })
  closes?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(300)
  note: string = '';
}

@InputType()
export class DirectoryCourseOfferInput {
  @Field(() => CourseType)
  @IsEnum(CourseType)
  type: CourseType;

  @Field(() => CefrLevel, { nullable: true })
  @IsOptional()
  @IsEnum(CefrLevel)
  cefrLevel?: CefrLevel | null;

  @Field(() => CourseFormat)
  @IsEnum(CourseFormat)
  format: CourseFormat;

  @Field(() => CourseSchedule)
  @IsEnum(CourseSchedule)
  schedule: CourseSchedule;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsDateString({ strict: true })
  nextStartDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  placesFree?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  childcare: boolean = false;

  @Field(() => Int, {
    nullable: true,
    description: 'Index into the entry’s addresses (as saved with this input, or the current ones).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  locationIndex?: number | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(60)
  approvalNumber: string = '';

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(500)
  note: string = '';
}
