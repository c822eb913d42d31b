import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
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
import { ArticleKind } from '../article-kind';
import { ArticleStatus, Visibility } from '../article-status';

export enum ArticleOrder {
  UPDATED_DESC = 'UPDATED_DESC',
  TITLE_ASC = 'TITLE_ASC',
}
registerEnumType(ArticleOrder, { name: 'ArticleOrder' });

@InputType()
export class ArticlesFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @Field({ defaultValue: true, description: 'Include articles of all descendant categories too.' })
  @IsBoolean()
  includeSubcategories: boolean = true;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @Field(() => ArticleStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ArticleStatus)
  status?: ArticleStatus;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;

  @Field(() => ArticleKind, { nullable: true })
  @IsOptional()
  @IsEnum(ArticleKind)
  kind?: ArticleKind;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  updatedSince?: Date;
}

@ArgsType()
export class ArticlesArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;

  @Field(() => ArticlesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ArticlesFilter)
  filter?: ArticlesFilter;

  @Field(() => ArticleOrder, { defaultValue: ArticleOrder.UPDATED_DESC })
  @IsEnum(ArticleOrder)
  orderBy: ArticleOrder = ArticleOrder.UPDATED_DESC;
}
