/** The managed list of target groups (codes are stored, names shown). New groups are added here. */
export const TARGET_GROUPS: Record<string, string> = {
  WOMEN: 'Frauen',
  YOUTH: 'Jugendliche und junge Erwachsene',
  FAMILIES: 'Familien',
  ACADEMICS: 'Akademikerinnen und Akademiker',
  DISABILITIES: 'Menschen mit Behinderungen',
  REFUGEES: 'Geflüchtete',
  EU_CITIZENS: 'EU-Bürgerinnen und -Bürger',
  SENIORS: 'Ältere Menschen',
  LGBTIQ: 'LSBTIQ*',
  SKILLED_WORKERS: 'Fachkräfte aus dem Ausland',
};

/** The managed list of topics migrant organisations work on. */
export const ORGANISATION_TOPICS: Record<string, string> = {
  LANGUAGE: 'Sprache und Sprachmittlung',
  EDUCATION: 'Bildung und Schule',
  WORK: 'Arbeit und Ausbildung',
  RECOGNITION: 'Anerkennung ausländischer Abschlüsse',
  HEALTH: 'Gesundheit',
  WOMEN: 'Frauen und Gleichstellung',
  YOUTH: 'Jugendarbeit',
  CULTURE: 'Kultur und Begegnung',
  RELIGION: 'Religion',
  COUNSELLING: 'Beratung und Begleitung',
  SPORT: 'Sport',
  ANTI_DISCRIMINATION: 'Antidiskriminierung',
};
