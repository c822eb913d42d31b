import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { MaterialEasyLanguage, MaterialsFilter } from '@/gql/graphql';

/** Filters of the material page as they appear in the URL: `/material?sprache=ar&fassung=leichte-sprache&thema=eingangszone`. */
export interface MaterialRouteState {
  language: string | null;
  easyLanguage: MaterialEasyLanguage | null;
  /** Category slug. */
  topic: string | null;
  tag: string | null;
}

const EASY_BY_PARAM: Record<string, MaterialEasyLanguage> = {
  'leichte-sprache': 'LEICHTE_SPRACHE',
  'einfache-sprache': 'EINFACHE_SPRACHE',
  standard: 'NONE',
};
const PARAM_BY_EASY = Object.fromEntries(
  Object.entries(EASY_BY_PARAM).map(([param, value]) => [value, param]),
) as Record<MaterialEasyLanguage, string>;

const first = (value: LocationQuery[string] | undefined): string | null => {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : null;
};

/** Reads the filters; anything malformed is ignored rather than sent to the server. */
export function parseMaterialRouteQuery(query: LocationQuery): MaterialRouteState {
  const language = first(query.sprache)?.toLowerCase() ?? null;
  const easy = first(query.fassung);
  const topic = first(query.thema);
  const tag = first(query.schlagwort);
  return {
    language: language && /^[a-z]{2}$/.test(language) ? language : null,
    easyLanguage: easy ? (EASY_BY_PARAM[easy] ?? null) : null,
    topic: topic && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(topic) ? topic : null,
    tag: tag && tag.length <= 50 ? tag : null,
  };
}

export function toMaterialRouteQuery(state: MaterialRouteState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.language) query.sprache = state.language;
  if (state.easyLanguage) query.fassung = PARAM_BY_EASY[state.easyLanguage];
  if (state.topic) query.thema = state.topic;
  if (state.tag) query.schlagwort = state.tag;
  return query;
}

export function hasMaterialFilters(state: MaterialRouteState): boolean {
  return Boolean(state.language || state.easyLanguage || state.topic || state.tag);
}

/** The GraphQL filter; a topic slug that names no category filters nothing (undefined id). */
export function toMaterialsFilter(
  state: MaterialRouteState,
  categoryIdOf: (slug: string) => string | undefined,
): MaterialsFilter {
  return {
    language: state.language ?? undefined,
    easyLanguage: state.easyLanguage ?? undefined,
    categoryId: state.topic ? categoryIdOf(state.topic) : undefined,
    tag: state.tag ?? undefined,
  };
}
