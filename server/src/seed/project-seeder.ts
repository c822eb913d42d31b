import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Visibility } from '../articles/article-status';
import type { Viewer } from '../common/auth/viewer';
import { ProgrammeEventKind } from '../programmes/programme-event-kind';
import { ProgrammesService } from '../programmes/programmes.service';
import { ProjectArticleLinkKind } from '../projects/project-article-link-kind';
import { ProjectLinksService } from '../projects/project-links.service';
import { ProjectQueriesService } from '../projects/project-queries.service';
import { ProjectMemberFunction } from '../projects/project-member-function';
import { ProjectMilestoneKind } from '../projects/project-milestone-kind';
import { ProjectStatus } from '../projects/project-status';
import { ProjectTeamService } from '../projects/project-team.service';
import { ProjectTopicsService } from '../projects/project-topics.service';
import { ProjectEntity } from '../projects/project.entity';
import { ProjectsService } from '../projects/projects.service';
import { demoProgramme, demoProjects, demoTopics } from './demo';
import { resolveDemoContactCards } from './demo/contact-cards';

export interface SeedContext {
  agencyIds: Map<string, string>;
  viewers: Map<string, Viewer>;
  articleIds: Map<string, string>;
  admin: Viewer;
  /** Seeded directory entries by name, for contact cards in project descriptions. */
  entryIds?: ReadonlyMap<string, string>;
}

/** Seeds the demo programme, topics and projects through the project services, so they obey every rule. */
@Injectable()
export class ProjectSeeder {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly topics: ProjectTopicsService,
    private readonly projects: ProjectsService,
    private readonly team: ProjectTeamService,
    private readonly links: ProjectLinksService,
    private readonly queries: ProjectQueriesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async seed(context: SeedContext): Promise<void> {
    const need = <T>(map: Map<string, T>, key: string, what: string): T => {
      const value = map.get(key);
      if (value === undefined) throw new Error(`Demo projects: unknown ${what} "${key}"`);
      return value;
    };
    const programme = await this.programmes.create({
      name: demoProgramme.name,
      slug: demoProgramme.slug,
      startsOn: demoProgramme.startsOn,
      endsOn: demoProgramme.endsOn,
      description: demoProgramme.description,
      agencyIds: demoProgramme.agencyKeys.map((key) => need(context.agencyIds, key, 'agency')),
    });
    for (const event of demoProgramme.events) {
      await this.programmes.addEvent(programme.id, {
        kind: ProgrammeEventKind[event.kind],
        title: event.title,
        startsOn: event.startsOn,
        endsOn: event.endsOn ?? null,
        place: event.place,
        notes: event.notes,
      });
    }
    const topicIds = new Map<string, string>();
    for (const name of demoTopics) topicIds.set(name, (await this.topics.create({ name })).id);

    const projectIds = new Map<string, string>();
    for (const demo of demoProjects) {
      const creator = need(context.viewers, demo.creatorEmail, 'user');
      const project = await this.projects.create(creator, {
        title: demo.title,
        agencyId: need(context.agencyIds, demo.agencyKey, 'agency'),
        programmeId: programme.id,
        topicId: need(topicIds, demo.topic, 'topic'),
        problemStatement: demo.problemStatement,
        goals: demo.goals,
        body: resolveDemoContactCards(demo.body, context.entryIds ?? new Map()),
        visibility: Visibility[demo.visibility],
      });
      projectIds.set(demo.title, project.id);
      // Edits run as the admin: the creator of a project for another agency is not on its team.
      const editor = context.admin;
      await this.projects.update(editor, project.id, {
        baseVersion: project.version,
        outcomes: demo.outcomes,
        lessonsLearned: demo.lessonsLearned,
      });
      for (const member of demo.members) {
        if ('email' in member) {
          const user = need(context.viewers, member.email, 'user');
          const existing = (await this.queries.membersOf([project.id]))
            .get(project.id)
            ?.find((m) => m.userId === user.userId);
          if (existing) {
            await this.team.updateMember(editor, existing.id, { function: ProjectMemberFunction[member.function] });
            continue;
          }
          await this.team.addMember(editor, project.id, {
            userId: user.userId,
            externalRole: '',
            function: ProjectMemberFunction[member.function],
          });
        } else {
          await this.team.addMember(editor, project.id, {
            externalName: member.name,
            externalRole: member.role,
            function: ProjectMemberFunction[member.function],
          });
        }
      }
      for (const milestone of demo.milestones) {
        await this.team.addMilestone(editor, project.id, {
          kind: ProjectMilestoneKind[milestone.kind],
          title: milestone.title,
          date: milestone.date,
          done: milestone.done,
          notes: milestone.notes ?? '',
        });
      }
      for (const link of demo.articles) {
        const articleId = need(context.articleIds, link.title, 'article');
        await this.links.linkArticle(editor, project.id, articleId, ProjectArticleLinkKind[link.kind]);
      }
      for (const status of demo.statusPath.slice(1)) {
        await this.projects.changeStatus(editor, project.id, { status: ProjectStatus[status], note: '' });
      }
      if (demo.published) await this.projects.publish(context.admin, project.id);
      if (demo.completedOn) {
        // The demo programme ran in 2020/21: date completion and publication back to it.
        const completedAt = new Date(`${demo.completedOn}T12:00:00Z`);
        await this.dataSource.getRepository(ProjectEntity).update(project.id, {
          completedAt,
          publishedAt: demo.published ? new Date(completedAt.getTime() + 14 * 86_400_000) : null,
        });
      }
    }
    for (const demo of demoProjects) {
      for (const title of demo.inspiredBy ?? []) {
        await this.links.linkInspiringProject(
          context.admin,
          need(projectIds, demo.title, 'project'),
          need(projectIds, title, 'project'),
        );
      }
    }
  }
}
