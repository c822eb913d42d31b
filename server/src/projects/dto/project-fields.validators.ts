export const PROJECT_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const PROJECT_TITLE_MAX = 200;
/** Plain-text fields (problem statement, goals, outcomes, lessons learned). */
export const PROJECT_TEXT_MAX = 20000;
