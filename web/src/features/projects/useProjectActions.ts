import { useClientHandle } from '@urql/vue';
import {
  AcceptProjectChangeProposalDocument,
  AddProjectMemberDocument,
  AddProjectMilestoneDocument,
  ChangeProjectStatusDocument,
  LinkInspiringProjectDocument,
  LinkProjectArticleDocument,
  ProjectArticleCandidatesDocument,
  ProjectCandidatesDocument,
  ProjectTeamUsersDocument,
  ProposeProjectChangeDocument,
  PublishProjectDocument,
  RejectProjectChangeProposalDocument,
  RemoveProjectMemberDocument,
  RemoveProjectMilestoneDocument,
  UnlinkInspiringProjectDocument,
  UnlinkProjectArticleDocument,
  UnpublishProjectDocument,
  UpdateProjectMemberDocument,
  UpdateProjectMilestoneDocument,
  type AddProjectMemberInput,
  type AddProjectMilestoneInput,
  type ChangeProjectStatusInput,
  type ProjectArticleLinkKind,
  type ProposeProjectChangeInput,
  type UpdateProjectMemberInput,
  type UpdateProjectMilestoneInput,
} from '@/gql/graphql';

/** All writes of the project page (and the look-ups of its pickers). */
export function useProjectActions() {
  const { client } = useClientHandle();
  const fresh = { requestPolicy: 'network-only' } as const;
  return {
    changeStatus: (id: string, input: ChangeProjectStatusInput) =>
      client.mutation(ChangeProjectStatusDocument, { id, input }).toPromise(),
    publish: (id: string) => client.mutation(PublishProjectDocument, { id }).toPromise(),
    unpublish: (id: string) => client.mutation(UnpublishProjectDocument, { id }).toPromise(),
    addMember: (projectId: string, input: AddProjectMemberInput) =>
      client.mutation(AddProjectMemberDocument, { projectId, input }).toPromise(),
    updateMember: (id: string, input: UpdateProjectMemberInput) =>
      client.mutation(UpdateProjectMemberDocument, { id, input }).toPromise(),
    removeMember: (id: string) => client.mutation(RemoveProjectMemberDocument, { id }).toPromise(),
    addMilestone: (projectId: string, input: AddProjectMilestoneInput) =>
      client.mutation(AddProjectMilestoneDocument, { projectId, input }).toPromise(),
    updateMilestone: (id: string, input: UpdateProjectMilestoneInput) =>
      client.mutation(UpdateProjectMilestoneDocument, { id, input }).toPromise(),
    removeMilestone: (id: string) => client.mutation(RemoveProjectMilestoneDocument, { id }).toPromise(),
    linkArticle: (projectId: string, articleId: string, kind: ProjectArticleLinkKind) =>
      client.mutation(LinkProjectArticleDocument, { projectId, articleId, kind }).toPromise(),
    unlinkArticle: (projectId: string, articleId: string) =>
      client.mutation(UnlinkProjectArticleDocument, { projectId, articleId }).toPromise(),
    linkInspiring: (projectId: string, inspiringProjectId: string) =>
      client.mutation(LinkInspiringProjectDocument, { projectId, inspiringProjectId }).toPromise(),
    unlinkInspiring: (projectId: string, inspiringProjectId: string) =>
      client.mutation(UnlinkInspiringProjectDocument, { projectId, inspiringProjectId }).toPromise(),
    propose: (projectId: string, input: ProposeProjectChangeInput) =>
      client.mutation(ProposeProjectChangeDocument, { projectId, input }).toPromise(),
    acceptProposal: (id: string, baseVersion: number, note: string) =>
      client.mutation(AcceptProjectChangeProposalDocument, { id, baseVersion, note }).toPromise(),
    rejectProposal: (id: string, note: string) =>
      client.mutation(RejectProjectChangeProposalDocument, { id, note }).toPromise(),
    findArticles: (query: string) => client.query(ProjectArticleCandidatesDocument, { query }, fresh).toPromise(),
    findProjects: (text: string) => client.query(ProjectCandidatesDocument, { text }, fresh).toPromise(),
    loadUsers: () => client.query(ProjectTeamUsersDocument, {}).toPromise(),
  };
}
