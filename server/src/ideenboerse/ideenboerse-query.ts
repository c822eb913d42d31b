import { PROJECT_SLUG_PATTERN } from '../projects/dto/project-fields.validators';
import type { PublicProjectFilter } from '../projects/public-project.types';

export const PAGE_SIZE = 20;
/** Same bounds as the publicProjects query: offset at most 10,000, text at most 200 characters. */
export const MAX_PAGE = Math.floor(10_000 / PAGE_SIZE) + 1;
export const MAX_SEARCH_LENGTH = 200;
export const EMBED_DEFAULT_LIMIT = 5;
export const EMBED_MAX_LIMIT = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list page's query string after validation; `problems` are German messages for a 400 page. */
export interface ListQuery {
  topic?: string;
  agency?: string;
  programme?: string;
  year?: number;
  q?: string;
  page: number;
  problems: string[];
}

export interface EmbedQuery {
  limit: number;
  topic?: string;
  problems: string[];
}

type RawQuery = Record<string, unknown>;

/** One value per parameter; empty means unset (an empty dropdown choice submits `topic=`). */
function single(query: RawQuery, name: string, problems: string[]): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    problems.push(`Der Parameter „${name}“ darf nur einmal angegeben werden.`);
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function integer(text: string | undefined, min: number, max: number): number | undefined | null {
  if (text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function topicSlug(query: RawQuery, problems: string[]): string | undefined {
  const topic = single(query, 'topic', problems);
  if (topic !== undefined && (topic.length > 120 || !PROJECT_SLUG_PATTERN.test(topic))) {
    problems.push('Das gewählte Thema ist ungültig.');
    return undefined;
  }
  return topic;
}

export function parseListQuery(query: RawQuery): ListQuery {
  const problems: string[] = [];
  const result: ListQuery = { page: 1, problems };
  result.topic = topicSlug(query, problems);
  for (const [name, label] of [
    ['agency', 'Die gewählte Dienststelle'],
    ['programme', 'Das gewählte Programm'],
  ] as const) {
    const id = single(query, name, problems);
    if (id === undefined) continue;
    if (UUID.test(id)) result[name] = id.toLowerCase();
    else problems.push(`${label} ist ungültig.`);
  }
  const year = integer(single(query, 'year', problems), 1900, 2999);
  if (year === null) problems.push('Das Jahr muss eine vierstellige Jahreszahl sein.');
  else result.year = year;
  const q = single(query, 'q', problems);
  if (q !== undefined && q.length > MAX_SEARCH_LENGTH) {
    problems.push(`Der Suchbegriff darf höchstens ${MAX_SEARCH_LENGTH} Zeichen lang sein.`);
  } else {
    result.q = q;
  }
  const page = integer(single(query, 'page', problems), 1, MAX_PAGE);
  if (page === null) problems.push(`Die Seitenzahl muss zwischen 1 und ${MAX_PAGE} liegen.`);
  else result.page = page ?? 1;
  return result;
}

export function toPublicFilter(query: ListQuery): PublicProjectFilter {
  return {
    topicSlugs: query.topic ? [query.topic] : undefined,
    agencyIds: query.agency ? [query.agency] : undefined,
    programmeIds: query.programme ? [query.programme] : undefined,
    year: query.year,
    text: query.q,
  };
}

export function parseEmbedQuery(query: RawQuery): EmbedQuery {
  const problems: string[] = [];
  const limit = integer(single(query, 'limit', problems), 1, EMBED_MAX_LIMIT);
  if (limit === null) problems.push(`„limit“ muss zwischen 1 und ${EMBED_MAX_LIMIT} liegen.`);
  return { limit: limit ?? EMBED_DEFAULT_LIMIT, topic: topicSlug(query, problems), problems };
}
