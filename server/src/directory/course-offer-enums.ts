import { registerEnumType } from '@nestjs/graphql';

/** Integrationskurse (BAMF) and Berufssprachkurse (DeuFöV) as the agencies refer to them. */
export enum CourseType {
  INTEGRATION_GENERAL = 'INTEGRATION_GENERAL',
  INTEGRATION_YOUTH = 'INTEGRATION_YOUTH',
  INTEGRATION_PARENTS_WOMEN = 'INTEGRATION_PARENTS_WOMEN',
  INTEGRATION_LITERACY = 'INTEGRATION_LITERACY',
  INTEGRATION_SECOND_SCRIPT = 'INTEGRATION_SECOND_SCRIPT',
  INTEGRATION_INTENSIVE = 'INTEGRATION_INTENSIVE',
  JOB_LANGUAGE_BASIC_A2 = 'JOB_LANGUAGE_BASIC_A2',
  JOB_LANGUAGE_BASIC_B1 = 'JOB_LANGUAGE_BASIC_B1',
  JOB_LANGUAGE_BASIC_B2 = 'JOB_LANGUAGE_BASIC_B2',
  JOB_LANGUAGE_BASIC_C1 = 'JOB_LANGUAGE_BASIC_C1',
  JOB_LANGUAGE_SPECIAL_HEALTH = 'JOB_LANGUAGE_SPECIAL_HEALTH',
  JOB_LANGUAGE_SPECIAL_TRADE_TECH = 'JOB_LANGUAGE_SPECIAL_TRADE_TECH',
  JOB_LANGUAGE_SPECIAL_RETAIL = 'JOB_LANGUAGE_SPECIAL_RETAIL',
  JOB_LANGUAGE_SPECIAL_ACADEMIC = 'JOB_LANGUAGE_SPECIAL_ACADEMIC',
  OTHER = 'OTHER',
}

/** German names, for search documents and exports; the web has its own i18n labels. */
export const COURSE_TYPE_NAMES: Record<CourseType, string> = {
  [CourseType.INTEGRATION_GENERAL]: 'Integrationskurs (allgemein)',
  [CourseType.INTEGRATION_YOUTH]: 'Jugendintegrationskurs',
  [CourseType.INTEGRATION_PARENTS_WOMEN]: 'Eltern- und Frauenintegrationskurs',
  [CourseType.INTEGRATION_LITERACY]: 'Alphabetisierungskurs',
  [CourseType.INTEGRATION_SECOND_SCRIPT]: 'Kurs für Zweitschriftlernende',
  [CourseType.INTEGRATION_INTENSIVE]: 'Intensivkurs',
  [CourseType.JOB_LANGUAGE_BASIC_A2]: 'Berufssprachkurs Basis A2',
  [CourseType.JOB_LANGUAGE_BASIC_B1]: 'Berufssprachkurs Basis B1',
  [CourseType.JOB_LANGUAGE_BASIC_B2]: 'Berufssprachkurs Basis B2',
  [CourseType.JOB_LANGUAGE_BASIC_C1]: 'Berufssprachkurs Basis C1',
  [CourseType.JOB_LANGUAGE_SPECIAL_HEALTH]: 'Berufssprachkurs Spezial Gesundheitsfachberufe',
  [CourseType.JOB_LANGUAGE_SPECIAL_TRADE_TECH]: 'Berufssprachkurs Spezial Gewerbe-Technik',
  [CourseType.JOB_LANGUAGE_SPECIAL_RETAIL]: 'Berufssprachkurs Spezial Einzelhandel',
  [CourseType.JOB_LANGUAGE_SPECIAL_ACADEMIC]: 'Berufssprachkurs Spezial akademische Heilberufe',
  [CourseType.OTHER]: 'Sonstiger Sprachkurs',
};

/** Common European Framework of Reference levels. */
export enum CefrLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

export enum CourseFormat {
  ON_SITE = 'ON_SITE',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}

export enum CourseSchedule {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  EVENING = 'EVENING',
}

registerEnumType(CourseType, { name: 'CourseType' });
registerEnumType(CefrLevel, { name: 'CefrLevel' });
registerEnumType(CourseFormat, { name: 'CourseFormat' });
registerEnumType(CourseSchedule, { name: 'CourseSchedule' });
