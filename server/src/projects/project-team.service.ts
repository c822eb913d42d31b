import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { UserEntity } from '../users/user.entity';
import type { AddProjectMemberInput, UpdateProjectMemberInput } from './dto/project-member.input';
import type { AddProjectMilestoneInput, UpdateProjectMilestoneInput } from './dto/project-milestone.input';
import { ProjectEditGate } from './project-edit-gate';
import { ProjectMemberEntity } from './project-member.entity';
import { ProjectMilestoneKind } from './project-milestone-kind';
import { ProjectMilestoneEntity } from './project-milestone.entity';
import { MAX_COACHING_MILESTONES, MAX_PROJECT_MEMBERS, ProjectErrorCode, ProjectException } from './projects.errors';

/** Team members and milestones; every change goes through the edit gate (team or admin). */
@Injectable()
export class ProjectTeamService {
  constructor(
    private readonly gate: ProjectEditGate,
    @InjectRepository(ProjectMemberEntity) private readonly members: Repository<ProjectMemberEntity>,
    @InjectRepository(ProjectMilestoneEntity) private readonly milestones: Repository<ProjectMilestoneEntity>,
  ) {}

  addMember(viewer: Viewer, projectId: string, input: AddProjectMemberInput): Promise<ProjectMemberEntity> {
    return this.gate.run(viewer, projectId, async (project, manager) => {
      const external = input.externalName?.trim();
      if ((input.userId === undefined) === (external === undefined || external === '')) {
        throw new ProjectException(
          ProjectErrorCode.MEMBER_INVALID,
          'Ein Teammitglied ist entweder ein Benutzer oder eine externe Person mit Namen.',
        );
      }
      if ((await manager.countBy(ProjectMemberEntity, { projectId: project.id })) >= MAX_PROJECT_MEMBERS) {
        throw new ProjectException(
          ProjectErrorCode.MEMBER_LIMIT,
          `Ein Projektteam hat höchstens ${MAX_PROJECT_MEMBERS} Mitglieder.`,
          { max: MAX_PROJECT_MEMBERS },
        );
      }
      if (input.userId !== undefined) {
        const user = await manager.findOneBy(UserEntity, { id: input.userId });
        if (!user || !user.active) {
          throw new ProjectException(ProjectErrorCode.MEMBER_INVALID, 'Den Benutzer gibt es nicht (mehr).');
        }
        if (await manager.existsBy(ProjectMemberEntity, { projectId: project.id, userId: user.id })) {
          throw new ProjectException(ProjectErrorCode.MEMBER_DUPLICATE, `${user.displayName} ist schon im Team.`);
        }
      }
      return manager.save(
        manager.create(ProjectMemberEntity, {
          projectId: project.id,
          userId: input.userId ?? null,
          externalName: input.userId ? null : (external ?? null),
          externalRole: input.externalRole.trim(),
          function: input.function,
        }),
      );
    });
  }

  async updateMember(viewer: Viewer, memberId: string, input: UpdateProjectMemberInput): Promise<ProjectMemberEntity> {
    const member = await this.findMember(memberId);
    return this.gate.run(viewer, member.projectId, async (_project, manager) => {
      const current = await this.lockedMember(manager, memberId);
      if (input.externalName !== undefined) {
        if (current.userId) {
          throw new ProjectException(
            ProjectErrorCode.MEMBER_INVALID,
            'Nur externe Mitglieder haben einen freien Namen.',
          );
        }
        current.externalName = input.externalName.trim();
      }
      if (input.externalRole !== undefined) current.externalRole = input.externalRole.trim();
      if (input.function !== undefined) current.function = input.function;
      return manager.save(current);
    });
  }

  async removeMember(viewer: Viewer, memberId: string): Promise<boolean> {
    const member = await this.findMember(memberId);
    return this.gate.run(viewer, member.projectId, async (_project, manager) => {
      await manager.delete(ProjectMemberEntity, { id: memberId });
      return true;
    });
  }

  addMilestone(viewer: Viewer, projectId: string, input: AddProjectMilestoneInput): Promise<ProjectMilestoneEntity> {
    return this.gate.run(viewer, projectId, async (project, manager) => {
      if (input.kind === ProjectMilestoneKind.COACHING) await assertCoachingRoom(manager, project.id);
      return manager.save(
        manager.create(ProjectMilestoneEntity, {
          projectId: project.id,
          kind: input.kind,
          title: input.title.trim(),
          date: input.date,
          done: input.done,
          notes: input.notes.trim(),
        }),
      );
    });
  }

  async updateMilestone(
    viewer: Viewer,
    milestoneId: string,
    input: UpdateProjectMilestoneInput,
  ): Promise<ProjectMilestoneEntity> {
    const milestone = await this.findMilestone(milestoneId);
    return this.gate.run(viewer, milestone.projectId, async (project, manager) => {
      const current = await manager.findOneBy(ProjectMilestoneEntity, { id: milestoneId });
      if (!current) throw milestoneNotFound();
      if (input.kind === ProjectMilestoneKind.COACHING && current.kind !== ProjectMilestoneKind.COACHING) {
        await assertCoachingRoom(manager, project.id);
      }
      if (input.kind !== undefined) current.kind = input.kind;
      if (input.title !== undefined) current.title = input.title.trim();
      if (input.date !== undefined) current.date = input.date;
      if (input.done !== undefined) current.done = input.done;
      if (input.notes !== undefined) current.notes = input.notes.trim();
      return manager.save(current);
    });
  }

  async removeMilestone(viewer: Viewer, milestoneId: string): Promise<boolean> {
    const milestone = await this.findMilestone(milestoneId);
    return this.gate.run(viewer, milestone.projectId, async (_project, manager) => {
      await manager.delete(ProjectMilestoneEntity, { id: milestoneId });
      return true;
    });
  }

  private async findMember(id: string): Promise<ProjectMemberEntity> {
    const member = isUUID(id) ? await this.members.findOneBy({ id }) : null;
    if (!member) throw new ProjectException(ProjectErrorCode.MEMBER_NOT_FOUND, 'Team member not found.');
    return member;
  }

  private async lockedMember(manager: EntityManager, id: string): Promise<ProjectMemberEntity> {
    const member = await manager.findOneBy(ProjectMemberEntity, { id });
    if (!member) throw new ProjectException(ProjectErrorCode.MEMBER_NOT_FOUND, 'Team member not found.');
    return member;
  }

  private async findMilestone(id: string): Promise<ProjectMilestoneEntity> {
    const milestone = isUUID(id) ? await this.milestones.findOneBy({ id }) : null;
    if (!milestone) throw milestoneNotFound();
    return milestone;
  }
}

const milestoneNotFound = (): ProjectException =>
  new ProjectException(ProjectErrorCode.MILESTONE_NOT_FOUND, 'Milestone not found.');

async function assertCoachingRoom(manager: EntityManager, projectId: string): Promise<void> {
  const count = await manager.countBy(ProjectMilestoneEntity, { projectId, kind: ProjectMilestoneKind.COACHING });
  if (count >= MAX_COACHING_MILESTONES) {
    throw new ProjectException(
      ProjectErrorCode.COACHING_LIMIT,
      `Ein Projekt hat höchstens ${MAX_COACHING_MILESTONES} Coaching-Termine vor Ort.`,
      { max: MAX_COACHING_MILESTONES },
    );
  }
}
