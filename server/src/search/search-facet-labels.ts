/** German names of the languages articles are written in (ISO 639-1), for facet labels. */
export const LANGUAGE_LABELS: Record<string, string> = {
  de: 'Deutsch',
  en: 'Englisch',
  ar: 'Arabisch',
  fa: 'Persisch',
  tr: 'Türkisch',
  uk: 'Ukrainisch',
  ru: 'Russisch',
  ps: 'Paschtu',
  ti: 'Tigrinya',
  fr: 'Französisch',
};

export const KIND_LABELS: Record<string, string> = {
  ARTICLE: 'Artikel',
  PROJECT: 'Projekt',
  DIRECTORY_ENTRY: 'Adresse',
};
