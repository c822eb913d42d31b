import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { slugify } from '@wissensnetz/editor';
import { isUUID } from 'class-validator';
import { In, Not, Repository } from 'typeorm';
import type { CreateProjectTopicInput, UpdateProjectTopicInput } from './dto/project-topic.input';
import { ProjectTopicEntity } from './project-topic.entity';
import { ProjectErrorCode, ProjectException } from './projects.errors';

/** The controlled topic list; admins manage it (resolver). */
@Injectable()
export class ProjectTopicsService {
  constructor(@InjectRepository(ProjectTopicEntity) private readonly topics: Repository<ProjectTopicEntity>) {}

  list(includeArchived: boolean): Promise<ProjectTopicEntity[]> {
    return this.topics.find({ where: includeArchived ? {} : { archived: false }, order: { name: 'ASC' } });
  }

  async findByIds(ids: readonly string[]): Promise<ProjectTopicEntity[]> {
    return ids.length === 0 ? [] : this.topics.findBy({ id: In([...ids]) });
  }

  async create(input: CreateProjectTopicInput): Promise<ProjectTopicEntity> {
    const name = input.name.trim();
    const slug = input.slug ?? slugify(name).slice(0, 120);
    await this.assertFree(name, slug);
    return this.topics.save(this.topics.create({ name, slug, archived: false }));
  }

  async update(id: string, input: UpdateProjectTopicInput): Promise<ProjectTopicEntity> {
    const topic = await this.get(id);
    const name = input.name?.trim() ?? topic.name;
    const slug = input.slug ?? topic.slug;
    await this.assertFree(name, slug, id);
    topic.name = name;
    topic.slug = slug;
    return this.topics.save(topic);
  }

  async setArchived(id: string, archived: boolean): Promise<ProjectTopicEntity> {
    const topic = await this.get(id);
    topic.archived = archived;
    return this.topics.save(topic);
  }

  private async get(id: string): Promise<ProjectTopicEntity> {
    const topic = isUUID(id) ? await this.topics.findOneBy({ id }) : null;
    if (!topic) throw new ProjectException(ProjectErrorCode.PROJECT_TOPIC_NOT_FOUND, 'Topic not found.');
    return topic;
  }

  private async assertFree(name: string, slug: string, exceptId?: string): Promise<void> {
    const except = exceptId ? { id: Not(exceptId) } : {};
    if (
      !slug ||
      (await this.topics.existsBy([
        { name, ...except },
        { slug, ...except },
      ]))
    ) {
      throw new ProjectException(ProjectErrorCode.PROJECT_TOPIC_TAKEN, `Ein Thema „${name}“ (${slug}) gibt es schon.`);
    }
  }
}
