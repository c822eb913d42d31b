import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { ChangeProposalStatus } from './change-proposal-status';
import type { ProposeProjectChangeInput } from './dto/propose-project-change.input';
import { canProposeChange } from './project-access-policy';
import { ProjectChangeProposalEntity, type ProposedProjectChanges } from './project-change-proposal.entity';
import { ProjectEditGate } from './project-edit-gate';
import { ProjectErrorCode, ProjectException } from './projects.errors';

const PROPOSABLE_FIELDS = ['title', 'problemStatement', 'goals', 'outcomes', 'lessonsLearned'] as const;

/** Editors of the project's agency propose text changes; the team (or an admin) accepts or rejects them. */
@Injectable()
export class ProjectProposalsService {
  constructor(
    private readonly gate: ProjectEditGate,
    @InjectRepository(ProjectChangeProposalEntity) private readonly proposals: Repository<ProjectChangeProposalEntity>,
  ) {}

  propose(viewer: Viewer, projectId: string, input: ProposeProjectChangeInput): Promise<ProjectChangeProposalEntity> {
    const changes: ProposedProjectChanges = {};
    for (const field of PROPOSABLE_FIELDS) {
      const value = input[field];
      if (value !== undefined && value !== null) changes[field] = value.trim();
    }
    if (Object.keys(changes).length === 0) {
      throw new ProjectException(ProjectErrorCode.PROPOSAL_EMPTY, 'Der Vorschlag ändert kein Feld.');
    }
    return this.gate.run(
      viewer,
      projectId,
      (project, manager) =>
        manager.save(
          manager.create(ProjectChangeProposalEntity, {
            projectId: project.id,
            proposedById: viewer.userId,
            changes,
            message: input.message.trim(),
            baseVersion: project.version,
            status: ChangeProposalStatus.PENDING,
            decidedById: null,
            decidedAt: null,
            decisionNote: '',
          }),
        ),
      {
        allow: (who, project, isTeamMember) => {
          if (canProposeChange(who, project, isTeamMember)) return true;
          throw new ProjectException(
            ProjectErrorCode.PROPOSAL_NOT_ALLOWED,
            'Änderungen vorschlagen können Redakteurinnen und Redakteure der Dienststelle des Projekts.',
          );
        },
      },
    );
  }

  /** Applies the proposal; `baseVersion` is the project version the deciding person reviewed it against. */
  async accept(
    viewer: Viewer,
    proposalId: string,
    baseVersion: number,
    note: string,
  ): Promise<ProjectChangeProposalEntity> {
    const proposal = await this.find(proposalId);
    return this.gate.run(
      viewer,
      proposal.projectId,
      async (project, manager) => {
        const current = await manager.findOneBy(ProjectChangeProposalEntity, { id: proposalId });
        if (!current) throw proposalNotFound();
        assertPending(current);
        for (const field of PROPOSABLE_FIELDS) {
          const value = current.changes[field];
          if (value !== undefined) project[field] = value;
        }
        current.status = ChangeProposalStatus.ACCEPTED;
        current.decidedById = viewer.userId;
        current.decidedAt = new Date();
        current.decisionNote = note.trim();
        return manager.save(current);
      },
      { baseVersion, touchesProject: true },
    );
  }

  async reject(viewer: Viewer, proposalId: string, note: string): Promise<ProjectChangeProposalEntity> {
    const proposal = await this.find(proposalId);
    return this.gate.run(viewer, proposal.projectId, async (_project, manager) => {
      const current = await manager.findOneBy(ProjectChangeProposalEntity, { id: proposalId });
      if (!current) throw proposalNotFound();
      assertPending(current);
      current.status = ChangeProposalStatus.REJECTED;
      current.decidedById = viewer.userId;
      current.decidedAt = new Date();
      current.decisionNote = note.trim();
      return manager.save(current);
    });
  }

  private async find(id: string): Promise<ProjectChangeProposalEntity> {
    const proposal = isUUID(id) ? await this.proposals.findOneBy({ id }) : null;
    if (!proposal) throw proposalNotFound();
    return proposal;
  }
}

const proposalNotFound = (): ProjectException =>
  new ProjectException(ProjectErrorCode.PROPOSAL_NOT_FOUND, 'Change proposal not found.');

function assertPending(proposal: ProjectChangeProposalEntity): void {
  if (proposal.status !== ChangeProposalStatus.PENDING) {
    throw new ProjectException(ProjectErrorCode.PROPOSAL_DECIDED, 'Über diesen Vorschlag wurde schon entschieden.');
  }
}
