import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public, RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { SearchArgs } from './dto/search.args';
import { SearchSynonymsArgs } from './dto/search-synonyms.args';
import { SearchResultModel } from './models/search-result.model';
import { SearchService } from './search.service';
import { selectsField } from './selects-field';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  /** Public: results are already limited to what the viewer may see. Facets are counted only when asked for. */
  @Public()
  @Query(() => SearchResultModel)
  search(
    @CurrentViewer() viewer: Viewer | null,
    @Args() args: SearchArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResultModel> {
    return this.searchService.search(viewer, args, { facets: selectsField(info, 'facets') });
  }

  @RequireRole(Role.ADMIN)
  @Query(() => [[String]])
  searchSynonyms(): Promise<string[][]> {
    return this.searchService.synonyms();
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => [[String]], { description: 'Replaces all synonym groups.' })
  setSearchSynonyms(@Args() args: SearchSynonymsArgs): Promise<string[][]> {
    return this.searchService.setSynonyms(args.groups);
  }
}
