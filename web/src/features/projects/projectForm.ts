import type { JSONContent } from '@wissensnetz/editor';
import type { ProjectForEditQuery, Visibility } from '@/gql/graphql';

/** What the project editor edits. Empty ids mean "none" (or, for the agency, "my own"). */
export interface ProjectForm {
  title: string;
  agencyId: string;
  programmeId: string;
  topicId: string;
  visibility: Visibility;
  problemStatement: string;
  goals: string;
  outcomes: string;
  lessonsLearned: string;
  body: JSONContent;
}

export const emptyProjectBody = (): JSONContent => ({ type: 'doc', content: [{ type: 'paragraph' }] });

export function blankProjectForm(): ProjectForm {
  return {
    title: '',
    agencyId: '',
    programmeId: '',
    topicId: '',
    visibility: 'INTERNAL',
    problemStatement: '',
    goals: '',
    outcomes: '',
    lessonsLearned: '',
    body: emptyProjectBody(),
  };
}

export function projectToForm(project: NonNullable<ProjectForEditQuery['project']>): ProjectForm {
  return {
    title: project.title,
    agencyId: project.agency.id,
    programmeId: project.programme?.id ?? '',
    topicId: project.topic?.id ?? '',
    visibility: project.visibility,
    problemStatement: project.problemStatement,
    goals: project.goals,
    outcomes: project.outcomes,
    lessonsLearned: project.lessonsLearned,
    body: (project.body as JSONContent | null) ?? emptyProjectBody(),
  };
}
