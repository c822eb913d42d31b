import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../common/auth/viewer';
import type { SearchArgs } from './dto/search.args';
import { SEARCH_ENGINE, type SearchEngine, type SynonymGroups } from './engine/search-engine';
import type { FacetCount, SearchRequest } from './engine/search-request';
import { SearchKindValue, type SearchFacetValueModel, type SearchResultModel } from './models/search-result.model';
import { hitUrlForViewer } from './hit-url-for-viewer';
import { searchAccessFor } from './search-access';
import { visibleSuggestion } from './visible-suggestion';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import { KIND_LABELS, LANGUAGE_LABELS } from './search-facet-labels';
import { SearchFacetNames } from './search-facet-names';
import { normalizeSynonymGroups } from './synonyms/normalize-synonym-groups';

/** The search the API offers: whichever engine runs, with the viewer's access applied in the engine. */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly facetNames: SearchFacetNames,
  ) {}

  /** `facets: false` skips counting them (the lists are then empty). */
  async search(
    viewer: Viewer | null,
    args: SearchArgs,
    options: { facets: boolean } = { facets: true },
  ): Promise<SearchResultModel> {
    const offset = decodeSearchCursor(args.after);
    const request: SearchRequest = {
      text: args.query,
      filters: { ...args.filter },
      access: searchAccessFor(viewer),
      sort: args.sort,
      limit: args.first,
      offset,
      facets: options.facets,
    };
    const response = await this.engine.search(request);
    // Names are looked up only for facets that were counted.
    const names = await this.facetNames.names(
      response.facets.category.map((facet) => facet.value),
      response.facets.agency.map((facet) => facet.value),
    );
    const label = (facets: FacetCount[], name: (value: string) => string | undefined): SearchFacetValueModel[] =>
      facets.map((facet) => ({ ...facet, label: name(facet.value) ?? facet.value }));
    const end = offset + response.hits.length;
    return {
      hits: response.hits.map((hit) => ({
        ...hit,
        url: hitUrlForViewer(viewer, hit),
        kind: SearchKindValue[hit.kind],
        updatedAt: new Date(hit.updatedAt),
      })),
      totalCount: response.totalCount,
      facets: {
        kind: label(response.facets.kind, (value) => KIND_LABELS[value]),
        category: label(response.facets.category, (value) => names.get(value)),
        language: label(response.facets.language, (value) => LANGUAGE_LABELS[value]),
        tag: label(response.facets.tag, () => undefined),
        agency: label(response.facets.agency, (value) => names.get(value)),
      },
      pageInfo: {
        hasNextPage: end < response.totalCount,
        endCursor: response.hits.length > 0 ? encodeSearchCursor(end) : null,
      },
      suggestion: await visibleSuggestion(this.engine, request, response),
    };
  }

  synonyms(): Promise<SynonymGroups> {
    return this.engine.synonyms();
  }

  /** Replaces all groups; invalid input is rejected as a whole, so nothing is half-saved. */
  async setSynonyms(groups: SynonymGroups): Promise<SynonymGroups> {
    await this.engine.setSynonyms(normalizeSynonymGroups(groups));
    return this.engine.synonyms();
  }
}
