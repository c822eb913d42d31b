/** Deep enough for every real screen (category path, revision diff), far below abuse. */
export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COMPLEXITY = 5000;
