import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { ref, shallowRef, watch, type Ref } from 'vue';
import { ProjectsDocument, type ProjectSummaryFieldsFragment, type ProjectsQueryVariables } from '@/gql/graphql';
import { toProjectsFilter, type ProjectListState } from './projectListRouteQuery';

export const PROJECT_PAGE_SIZE = 20;

export function projectListVariables(state: ProjectListState, after: string | null = null): ProjectsQueryVariables {
  return { filter: toProjectsFilter(state), first: PROJECT_PAGE_SIZE, after };
}

/**
 * Loads the projects for the URL state; a new state starts over, `loadMore` appends the
 * next page by cursor. Answers for an outdated state are dropped.
 */
export function useProjectList(state: Ref<ProjectListState>) {
  const { client } = useClientHandle();
  const projects = shallowRef<ProjectSummaryFieldsFragment[]>([]);
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const fetching = ref(false);
  const loaded = ref(false);
  const error = shallowRef<CombinedError | null>(null);
  let endCursor: string | null = null;
  let generation = 0;

  async function load(reset: boolean) {
    const current = reset ? ++generation : generation;
    if (reset) loaded.value = false;
    fetching.value = true;
    const variables = projectListVariables(state.value, reset ? null : endCursor);
    const result = await client.query(ProjectsDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (current !== generation) return;
    fetching.value = false;
    loaded.value = true;
    error.value = result.error ?? null;
    const page = result.data?.projects;
    if (!page) return;
    const nodes = page.edges.map((edge) => edge.node);
    projects.value = reset ? nodes : [...projects.value, ...nodes];
    totalCount.value = page.totalCount;
    hasNextPage.value = page.pageInfo.hasNextPage;
    endCursor = page.pageInfo.endCursor ?? null;
  }

  watch(
    () => JSON.stringify(projectListVariables(state.value)),
    () => void load(true),
    { immediate: true },
  );

  return { projects, totalCount, hasNextPage, fetching, loaded, error, loadMore: () => load(false) };
}
