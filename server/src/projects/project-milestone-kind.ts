import { registerEnumType } from '@nestjs/graphql';

export enum ProjectMilestoneKind {
  /** A coaching appointment on site; 3 to 6 per agency is the norm. */
  COACHING = 'COACHING',
  SEMINAR_PRESENTATION = 'SEMINAR_PRESENTATION',
  FINAL_PRESENTATION = 'FINAL_PRESENTATION',
  OTHER = 'OTHER',
}

registerEnumType(ProjectMilestoneKind, { name: 'ProjectMilestoneKind' });
