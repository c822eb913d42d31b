/**
 * German demo data set for Wissensnetz (programme "interkulturelle Öffnung").
 * All people, providers, organisations and contact data are fictional examples.
 */
export { demoAgencies } from './agencies';
export { demoArticles } from './articles';
export { demoCategories } from './categories';
export { demoUsers } from './users';
export { demoProgramme, demoProjects, demoTopics } from './projects';
export type { DemoProgramme, DemoProject } from './projects';
export type {
  DemoAgency,
  DemoAgencyKind,
  DemoArticle,
  DemoCategory,
  DemoFunction,
  DemoRole,
  DemoUser,
  DocNode,
} from './types';
