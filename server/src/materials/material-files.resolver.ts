import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toArticleModel } from '../articles/article.mapper';
import { Public, RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { UserRefModel } from '../users/models/user-ref.model';
import { loadUserRef } from '../users/user-ref.loader';
import { UsersService } from '../users/users.service';
import { MaterialsArgs } from './dto/materials.args';
import { UpdateMaterialFileInput } from './dto/update-material-file.input';
import { toMaterialFileModel } from './material-file.mapper';
import { MaterialFilesService } from './material-files.service';
import { MaterialFileModel } from './models/material-file.model';
import { MaterialPageModel } from './models/material-page.model';
import { MaterialUploadLimitsModel } from './models/material-upload-limits.model';
import { ALLOWED_EXTENSIONS } from './material-media-type';
import { MATERIAL_UPLOAD_PATH_TEMPLATE } from './material-file.mapper';

/** Material list, metadata edits and deletes (uploads and downloads are HTTP: material-files.controller.ts). */
@Resolver(() => MaterialFileModel)
export class MaterialFilesResolver {
  constructor(
    private readonly service: MaterialFilesService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Query(() => MaterialPageModel, {
    description: 'MATERIAL articles the viewer may see, filtered by file language, easy language and topic.',
  })
  async materials(@CurrentViewer() viewer: Viewer | null, @Args() args: MaterialsArgs): Promise<MaterialPageModel> {
    const listing = await this.service.list(viewer, args.filter, args.first, args.offset);
    return {
      ...listing,
      items: listing.items.map((item) => ({
        article: toArticleModel(item.article),
        files: item.files.map(toMaterialFileModel),
      })),
    };
  }

  @Public()
  @Query(() => MaterialUploadLimitsModel)
  materialUploadLimits(): MaterialUploadLimitsModel {
    return {
      maxFileBytes: this.service.maxFileBytes,
      extensions: [...ALLOWED_EXTENSIONS],
      uploadPathTemplate: MATERIAL_UPLOAD_PATH_TEMPLATE,
    };
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => MaterialFileModel, { description: 'Changes title, language, licence or easy-language flag.' })
  async updateMaterialFile(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: UpdateMaterialFileInput,
  ): Promise<MaterialFileModel> {
    return toMaterialFileModel(await this.service.update(viewer, id, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => MaterialFileModel, { description: 'Deletes a material file; returns it as it was.' })
  async deleteMaterialFile(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<MaterialFileModel> {
    return toMaterialFileModel(await this.service.remove(viewer, id));
  }

  @ResolveField(() => UserRefModel, { nullable: true })
  uploadedBy(@Parent() file: MaterialFileModel, @Context() context: GraphqlContext): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, file.uploadedById);
  }
}
