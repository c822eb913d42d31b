import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRole } from '../../common/auth/access.decorators';
import { Role } from '../../common/auth/role';
import { DirectoryCodeList } from './directory-code-list';
import { DirectoryCodeModel } from './directory-code.model';
import { DirectoryCodesService } from './directory-codes.service';
import { CreateDirectoryCodeInput, UpdateDirectoryCodeInput } from './dto/directory-code.input';

const toModel = ({ list, code, name, archived, position }: DirectoryCodeModel): DirectoryCodeModel => ({
  list,
  code,
  name,
  archived,
  position,
});

@Resolver(() => DirectoryCodeModel)
export class DirectoryCodesResolver {
  constructor(private readonly codes: DirectoryCodesService) {}

  @Public()
  @Query(() => [DirectoryCodeModel], { description: 'One managed code list in display order (for the admin page).' })
  async directoryCodes(
    @Args('list', { type: () => DirectoryCodeList }) list: DirectoryCodeList,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<DirectoryCodeModel[]> {
    return (await this.codes.current()).values(list, includeArchived).map(toModel);
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => DirectoryCodeModel)
  async createDirectoryCode(@Args('input') input: CreateDirectoryCodeInput): Promise<DirectoryCodeModel> {
    return toModel(await this.codes.create(input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => DirectoryCodeModel, { description: 'Rename, reorder, archive (archived: false brings it back).' })
  async updateDirectoryCode(
    @Args('list', { type: () => DirectoryCodeList }) list: DirectoryCodeList,
    @Args('code') code: string,
    @Args('input') input: UpdateDirectoryCodeInput,
  ): Promise<DirectoryCodeModel> {
    return toModel(await this.codes.update(list, code, input));
  }
}
