import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SearchKindValue } from '../models/search-result.model';

export enum SearchSortValue {
  RELEVANCE = 'RELEVANCE',
  UPDATED_DESC = 'UPDATED_DESC',
}
registerEnumType(SearchSortValue, { name: 'SearchSort' });

@InputType()
export class SearchFilter {
  @Field(() => [SearchKindValue], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(SearchKindValue, { each: true })
  kinds?: SearchKindValue[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true })
  categoryIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true })
  agencyIds?: string[];
}

@ArgsType()
export class SearchArgs {
  @Field()
  @IsString()
  @MaxLength(300)
  query: string;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilter)
  filter?: SearchFilter;

  @Field(() => SearchSortValue, { defaultValue: SearchSortValue.RELEVANCE })
  @IsEnum(SearchSortValue)
  sort: SearchSortValue = SearchSortValue.RELEVANCE;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;
}
