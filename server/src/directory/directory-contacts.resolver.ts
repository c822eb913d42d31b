import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { DirectoryContactsService } from './directory-contacts.service';
import type { DirectoryContactPersonEntity } from './directory-contact-person.entity';
import { DirectoryContactPersonInput, UpdateDirectoryContactPersonInput } from './dto/directory-contact-person.input';
import { DirectoryContactPersonModel } from './models/directory-entry-internal.model';

const toModel = ({ id, name, role, phone, email, languages, consentGivenOn }: DirectoryContactPersonEntity) => ({
  id,
  name,
  role,
  phone,
  email,
  languages,
  consentGivenOn,
});

/** Contact persons are edited by editors; reading them goes through DirectoryEntry.internal. */
@Resolver(() => DirectoryContactPersonModel)
export class DirectoryContactsResolver {
  constructor(private readonly contacts: DirectoryContactsService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => DirectoryContactPersonModel, { description: 'Requires the date the person agreed to be listed.' })
  async addDirectoryContactPerson(
    @CurrentViewer() viewer: Viewer,
    @IdArg('entryId') entryId: string,
    @Args('input') input: DirectoryContactPersonInput,
  ): Promise<DirectoryContactPersonModel> {
    return toModel(await this.contacts.add(viewer, entryId, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => DirectoryContactPersonModel)
  async updateDirectoryContactPerson(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: UpdateDirectoryContactPersonInput,
  ): Promise<DirectoryContactPersonModel> {
    return toModel(await this.contacts.update(viewer, id, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => Boolean, { description: 'Deletes the person’s data.' })
  removeDirectoryContactPerson(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<boolean> {
    return this.contacts.remove(viewer, id);
  }
}
