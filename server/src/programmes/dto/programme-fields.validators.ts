export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO calendar date, e.g. 2020-09-15. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
