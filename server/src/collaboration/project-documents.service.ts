import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ProjectDocumentEntity } from './project-document.entity';

/** Reads and writes the stored Yjs state of project bodies. */
@Injectable()
export class ProjectDocumentsService {
  constructor(@InjectRepository(ProjectDocumentEntity) private readonly documents: Repository<ProjectDocumentEntity>) {}

  async loadState(projectId: string): Promise<Uint8Array | null> {
    const row = await this.documents.findOne({ where: { projectId }, select: { projectId: true, state: true } });
    return row ? new Uint8Array(row.state) : null;
  }

  async saveState(projectId: string, state: Uint8Array): Promise<void> {
    await this.documents.query(
      `INSERT INTO "project_document" ("projectId", "state") VALUES ($1, $2)
       ON CONFLICT ("projectId") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = now()`,
      [projectId, Buffer.from(state)],
    );
  }
}
