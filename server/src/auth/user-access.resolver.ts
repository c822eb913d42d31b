import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { UserModel } from '../users/models/user.model';
import { toUserModel } from '../users/user.mapper';
import { AuthService } from './auth.service';
import { ResetPasswordArgs } from './dto/reset-password.args';

/** Admin actions that also end a user's sessions; they live here because auth owns sessions. */
@Resolver()
export class UserAccessResolver {
  constructor(private readonly auth: AuthService) {}

  @RequireRole(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Deactivates the user and revokes all their sessions.' })
  async deactivateUser(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<UserModel> {
    return toUserModel(await this.auth.deactivateUser(viewer, id));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Sets a new password and signs the user out everywhere.' })
  async resetUserPassword(@Args() args: ResetPasswordArgs): Promise<boolean> {
    await this.auth.resetPassword(args.id, args.password);
    return true;
  }
}
