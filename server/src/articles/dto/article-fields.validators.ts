/** BCP 47 language tags as used here: de, en, ar, de-x-ls (Leichte Sprache), … */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
export const ARTICLE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 1000;
