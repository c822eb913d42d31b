import { useClientHandle } from '@urql/vue';
import type { Ref } from 'vue';
import { ProgrammeTimelineProjectsDocument, type ProgrammeTimelineProjectsQuery } from '@/gql/graphql';
import { useAllPages, watchKey } from './useAllPages';

export type TimelineProject = ProgrammeTimelineProjectsQuery['projects']['edges'][number]['node'];

const PAGE_SIZE = 50;

/** Every project of a programme with its milestones: the timeline needs all of them, so all pages are loaded. */
export function useProgrammeTimelineProjects(programmeId: Ref<string | null>) {
  const { client } = useClientHandle();
  const pages = useAllPages<TimelineProject>(programmeId, async (id, after) => {
    const result = await client
      .query(
        ProgrammeTimelineProjectsDocument,
        { programmeId: id, first: PAGE_SIZE, after },
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
  });
  watchKey(programmeId, () => pages.loadAll());
  return pages;
}
