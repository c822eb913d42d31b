import { Injectable } from '@nestjs/common';
import type { JSONContent } from '@wissensnetz/editor';

/** Writes a new project body into the live collaborative document, so open editors receive it as an edit. */
export interface ProjectContentSync {
  replaceBody(projectId: string, body: JSONContent, userId: string): Promise<void>;
}

/**
 * Projects must not import the collaboration feature (it imports projects), so collaboration
 * registers itself here at start. Without it (e.g. in a tool), body writes go to the database only.
 */
@Injectable()
export class ProjectContentSyncRegistry {
  private sync: ProjectContentSync | undefined;

  register(sync: ProjectContentSync): void {
    this.sync = sync;
  }

  async replaceBody(projectId: string, body: JSONContent, userId: string): Promise<void> {
    await this.sync?.replaceBody(projectId, body, userId);
  }
}
