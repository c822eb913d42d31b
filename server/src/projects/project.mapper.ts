import type { ProjectChangeProposalModel } from './models/project-change-proposal.model';
import type { ProjectMemberModel } from './models/project-member.model';
import type { ProjectMilestoneModel } from './models/project-milestone.model';
import type { ProjectStatusChangeModel } from './models/project-status-change.model';
import type { ProjectTopicModel } from './models/project-topic.model';
import type { ProjectModel } from './models/project.model';
import type { ProjectChangeProposalEntity } from './project-change-proposal.entity';
import type { ProjectMemberEntity } from './project-member.entity';
import type { ProjectMilestoneEntity } from './project-milestone.entity';
import type { ProjectStatusChangeEntity } from './project-status-change.entity';
import type { ProjectTopicEntity } from './project-topic.entity';
import type { ProjectEntity } from './project.entity';

export function toProjectModel(project: ProjectEntity): ProjectModel {
  return {
    id: project.id,
    slug: project.slug,
    title: project.title,
    problemStatement: project.problemStatement,
    goals: project.goals,
    outcomes: project.outcomes,
    lessonsLearned: project.lessonsLearned,
    body: project.body,
    bodyHtml: project.bodyHtml,
    bodyText: project.bodyText,
    status: project.status,
    completedAt: project.completedAt,
    visibility: project.visibility,
    publishedAt: project.publishedAt,
    version: project.version,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    agencyId: project.agencyId,
    programmeId: project.programmeId,
    topicId: project.topicId,
    createdById: project.createdById,
    updatedById: project.updatedById,
    publishedById: project.publishedById,
  };
}

export function toProjectTopicModel(topic: ProjectTopicEntity): ProjectTopicModel {
  return { id: topic.id, name: topic.name, slug: topic.slug, archived: topic.archived };
}

export function toProjectMemberModel(member: ProjectMemberEntity): ProjectMemberModel {
  return {
    id: member.id,
    projectId: member.projectId,
    userId: member.userId,
    externalName: member.externalName,
    externalRole: member.externalRole,
    function: member.function,
  };
}

export function toProjectMilestoneModel(milestone: ProjectMilestoneEntity): ProjectMilestoneModel {
  return {
    id: milestone.id,
    projectId: milestone.projectId,
    kind: milestone.kind,
    title: milestone.title,
    date: milestone.date,
    done: milestone.done,
    notes: milestone.notes,
  };
}

export function toProjectStatusChangeModel(change: ProjectStatusChangeEntity): ProjectStatusChangeModel {
  return {
    id: change.id,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    changedAt: change.changedAt,
    note: change.note,
    changedById: change.changedById,
  };
}

export function toProjectChangeProposalModel(proposal: ProjectChangeProposalEntity): ProjectChangeProposalModel {
  return {
    id: proposal.id,
    projectId: proposal.projectId,
    changes: {
      title: proposal.changes.title ?? null,
      problemStatement: proposal.changes.problemStatement ?? null,
      goals: proposal.changes.goals ?? null,
      outcomes: proposal.changes.outcomes ?? null,
      lessonsLearned: proposal.changes.lessonsLearned ?? null,
    },
    message: proposal.message,
    baseVersion: proposal.baseVersion,
    status: proposal.status,
    decidedAt: proposal.decidedAt,
    decisionNote: proposal.decisionNote,
    createdAt: proposal.createdAt,
    proposedById: proposal.proposedById,
    decidedById: proposal.decidedById,
  };
}
