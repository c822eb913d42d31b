import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../common/auth/access.decorators';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator';
import { Role } from '../../common/auth/role';
import type { Viewer } from '../../common/auth/viewer';
import { DirectoryImportAction, DirectoryImportService } from './directory-import.service';
import { ImportDirectoryEntriesInput } from './dto/import-directory-entries.input';
import { DirectoryImportResultModel } from './models/directory-import-result.model';

@Resolver()
export class DirectoryImportResolver {
  constructor(private readonly imports: DirectoryImportService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => DirectoryImportResultModel, {
    description:
      'CSV import keyed by externe_id (format: README "Verzeichnis"). One transaction; with any REJECT nothing is saved unless onlyValidRows.',
  })
  async importDirectoryEntries(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ImportDirectoryEntriesInput,
  ): Promise<DirectoryImportResultModel> {
    const outcome = await this.imports.run(viewer, Buffer.from(input.file, 'base64'), {
      dryRun: input.dryRun,
      onlyValidRows: input.onlyValidRows,
    });
    const count = (action: DirectoryImportAction): number =>
      outcome.items.filter((item) => item.action === action).length;
    return {
      ...outcome,
      created: count(DirectoryImportAction.CREATE),
      updated: count(DirectoryImportAction.UPDATE),
      unchanged: count(DirectoryImportAction.UNCHANGED),
      rejected: count(DirectoryImportAction.REJECT),
    };
  }
}
