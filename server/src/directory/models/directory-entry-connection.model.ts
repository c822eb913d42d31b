import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/graphql/page-info.model';
import { DirectoryEntryModel } from './directory-entry.model';

@ObjectType('DirectoryFacetValue')
export class DirectoryFacetValueModel {
  @Field()
  value: string;

  @Field({ description: 'German label (language names, list names; enum values as they are).' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('DirectoryStartsWithinCount')
export class DirectoryStartsWithinCountModel {
  @Field(() => Int)
  weeks: number;

  @Field(() => Int)
  count: number;
}

/** Counts per facet value; each facet is counted with all other filters but without its own. */
@ObjectType('DirectoryFacets')
export class DirectoryFacetsModel {
  @Field(() => [DirectoryFacetValueModel])
  kinds: DirectoryFacetValueModel[];

  @Field(() => [DirectoryFacetValueModel])
  courseTypes: DirectoryFacetValueModel[];

  @Field(() => [DirectoryFacetValueModel])
  cefrLevels: DirectoryFacetValueModel[];

  @Field(() => [DirectoryFacetValueModel])
  formats: DirectoryFacetValueModel[];

  @Field(() => Int, { description: 'Entries with an offer with childcare.' })
  childcare: number;

  @Field(() => [DirectoryFacetValueModel])
  languages: DirectoryFacetValueModel[];

  @Field(() => [DirectoryFacetValueModel])
  targetGroups: DirectoryFacetValueModel[];

  @Field(() => [DirectoryFacetValueModel])
  districts: DirectoryFacetValueModel[];

  @Field(() => [DirectoryStartsWithinCountModel], { description: '2, 4, 8 and 12 weeks (and the filter’s value).' })
  startsWithin: DirectoryStartsWithinCountModel[];

  @Field(() => Int)
  openNow: number;
}

@ObjectType('DirectoryEntryEdge')
export class DirectoryEntryEdge {
  @Field()
  cursor: string;

  @Field(() => DirectoryEntryModel)
  node: DirectoryEntryModel;
}

@ObjectType('DirectoryEntryConnection')
export class DirectoryEntryConnection {
  @Field(() => [DirectoryEntryEdge])
  edges: DirectoryEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => DirectoryFacetsModel)
  facets: DirectoryFacetsModel;
}
