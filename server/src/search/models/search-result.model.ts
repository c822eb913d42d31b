import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../common/graphql/page-info.model';

export enum SearchKindValue {
  ARTICLE = 'ARTICLE',
  PROJECT = 'PROJECT',
  DIRECTORY_ENTRY = 'DIRECTORY_ENTRY',
}
registerEnumType(SearchKindValue, { name: 'SearchKind' });

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => ID, { description: '"<kind>:<entityId>"' })
  id: string;

  @Field(() => SearchKindValue)
  kind: SearchKindValue;

  @Field(() => ID)
  entityId: string;

  @Field({ description: 'Path in the web app, e.g. /artikel/<slug>.' })
  url: string;

  @Field()
  title: string;

  @Field({ description: 'HTML: escaped title with <mark> around matches.' })
  titleHighlighted: string;

  @Field({ description: 'HTML: escaped excerpt with <mark> around matches.' })
  snippet: string;

  @Field(() => [String])
  categoryPath: string[];

  @Field()
  language: string;

  @Field()
  updatedAt: Date;
}

@ObjectType('SearchFacetValue')
export class SearchFacetValueModel {
  @Field()
  value: string;

  @Field({ description: 'Display name (category, agency or language name).' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SearchFacets')
export class SearchFacetsModel {
  @Field(() => [SearchFacetValueModel])
  kind: SearchFacetValueModel[];

  @Field(() => [SearchFacetValueModel])
  category: SearchFacetValueModel[];

  @Field(() => [SearchFacetValueModel])
  language: SearchFacetValueModel[];

  @Field(() => [SearchFacetValueModel])
  tag: SearchFacetValueModel[];

  @Field(() => [SearchFacetValueModel])
  agency: SearchFacetValueModel[];
}

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field(() => [SearchHitModel])
  hits: SearchHitModel[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => SearchFacetsModel)
  facets: SearchFacetsModel;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => String, { nullable: true, description: 'A corrected query ("did you mean").' })
  suggestion: string | null;
}
