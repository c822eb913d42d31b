import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ProjectStatus, ProjectsFilter } from '@/gql/graphql';
import { projectStatuses } from './projectStatus';

/** The project list's filters as kept in the (German, bookmarkable) URL. */
export interface ProjectListState {
  text: string;
  agencyIds: string[];
  programmeIds: string[];
  statuses: ProjectStatus[];
  topicIds: string[];
}

/** `/projekte?q=…&dienststelle=…&programm=…&status=in-arbeit&thema=…` */
export const projectListParams = {
  text: 'q',
  agencyIds: 'dienststelle',
  programmeIds: 'programm',
  statuses: 'status',
  topicIds: 'thema',
} as const;

const statusSlugs: Record<ProjectStatus, string> = {
  IDEA: 'idee',
  PLANNED: 'geplant',
  IN_PROGRESS: 'in-arbeit',
  COMPLETED: 'abgeschlossen',
  PAUSED: 'pausiert',
  CANCELLED: 'abgebrochen',
};

function values(raw: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw == null ? [] : [raw];
  return [...new Set(list.filter((value): value is string => typeof value === 'string' && value.trim() !== ''))];
}

function statusFromSlug(slug: string): ProjectStatus | undefined {
  return projectStatuses.find((status) => statusSlugs[status] === slug || status === slug);
}

export function parseProjectListQuery(query: LocationQuery): ProjectListState {
  return {
    text: (values(query[projectListParams.text])[0] ?? '').trim(),
    agencyIds: values(query[projectListParams.agencyIds]),
    programmeIds: values(query[projectListParams.programmeIds]),
    statuses: values(query[projectListParams.statuses])
      .map(statusFromSlug)
      .filter((status): status is ProjectStatus => status !== undefined),
    topicIds: values(query[projectListParams.topicIds]),
  };
}

/** The inverse of `parseProjectListQuery`; leaves out empty filters. */
export function toProjectListQuery(state: ProjectListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.text.trim()) query[projectListParams.text] = state.text.trim();
  if (state.agencyIds.length) query[projectListParams.agencyIds] = state.agencyIds;
  if (state.programmeIds.length) query[projectListParams.programmeIds] = state.programmeIds;
  if (state.statuses.length) query[projectListParams.statuses] = state.statuses.map((status) => statusSlugs[status]);
  if (state.topicIds.length) query[projectListParams.topicIds] = state.topicIds;
  return query;
}

/** GraphQL filter for the state; `null` when nothing is filtered. */
export function toProjectsFilter(state: ProjectListState): ProjectsFilter | null {
  const filter: ProjectsFilter = {};
  if (state.text.trim()) filter.text = state.text.trim();
  if (state.agencyIds.length) filter.agencyIds = state.agencyIds;
  if (state.programmeIds.length) filter.programmeIds = state.programmeIds;
  if (state.statuses.length) filter.statuses = state.statuses;
  if (state.topicIds.length) filter.topicIds = state.topicIds;
  return Object.keys(filter).length ? filter : null;
}

export const emptyProjectListState = (): ProjectListState => ({
  text: '',
  agencyIds: [],
  programmeIds: [],
  statuses: [],
  topicIds: [],
});
