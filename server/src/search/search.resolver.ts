import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { Public, RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { SearchArgs } from './dto/search.args';
import { SearchResultModel } from './models/search-result.model';
import { SearchService } from './search.service';

@ArgsType()
class SynonymsArgs {
  @Field(() => [[String]], { description: 'Groups of terms that find each other, e.g. [["gE", "Jobcenter"]].' })
  @ArrayMaxSize(500)
  groups: string[][];
}

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  /** Public: results are already limited to what the viewer may see. */
  @Public()
  @Query(() => SearchResultModel)
  search(@CurrentViewer() viewer: Viewer | null, @Args() args: SearchArgs): Promise<SearchResultModel> {
    return this.searchService.search(viewer, args);
  }

  @RequireRole(Role.ADMIN)
  @Query(() => [[String]])
  searchSynonyms(): Promise<string[][]> {
    return this.searchService.synonyms();
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => [[String]], { description: 'Replaces all synonym groups.' })
  setSearchSynonyms(@Args() args: SynonymsArgs): Promise<string[][]> {
    const groups = args.groups.map((group) =>
      group.map((term) => term.trim()).filter((term) => term.length > 0 && term.length <= 100),
    );
    return this.searchService.setSynonyms(groups);
  }
}
