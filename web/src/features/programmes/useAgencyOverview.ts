import { useClientHandle, useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import {
  AgencyOverviewDocument,
  AgencyOverviewProjectsDocument,
  type AgencyOverviewProjectsQuery,
} from '@/gql/graphql';
import { useAllPages, watchKey } from './useAllPages';

export type AgencyProject = AgencyOverviewProjectsQuery['projects']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** An agency with the programmes it takes part in and its projects (cursor pages, "load more"). */
export function useAgencyOverview(agencyId: Ref<string>) {
  const { client } = useClientHandle();
  const query = useQuery({ query: AgencyOverviewDocument, requestPolicy: 'cache-and-network' });
  const projects = useAllPages<AgencyProject>(
    computed(() => agencyId.value || null),
    async (id, after) => {
      const result = await client
        .query(
          AgencyOverviewProjectsDocument,
          { agencyId: id, first: PAGE_SIZE, after },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      const connection = result.data?.projects;
      return {
        error: result.error ?? null,
        page: connection
          ? {
              nodes: connection.edges.map((edge) => edge.node),
              totalCount: connection.totalCount,
              hasNextPage: connection.pageInfo.hasNextPage,
              endCursor: connection.pageInfo.endCursor ?? null,
            }
          : null,
      };
    },
  );
  watchKey(
    computed(() => agencyId.value || null),
    () => projects.load(true),
  );

  return {
    agency: computed(() => query.data.value?.agencies.find((agency) => agency.id === agencyId.value) ?? null),
    agenciesLoaded: computed(() => query.data.value !== undefined),
    programmes: computed(() =>
      (query.data.value?.programmes ?? [])
        .filter((programme) => programme.agencies.some((agency) => agency.id === agencyId.value))
        .sort((a, b) => b.startsOn.localeCompare(a.startsOn)),
    ),
    fetching: query.fetching,
    error: query.error,
    projects,
  };
}
