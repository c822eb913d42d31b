import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { UserModel } from '../users/models/user.model';
import { toUserModel } from '../users/user.mapper';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { SessionModel } from './models/session.model';
import { clearSessionCookie, writeSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The signed-in user, or null for anonymous visitors. */
  @Public()
  @Query(() => UserModel, { nullable: true })
  async me(@CurrentViewer() viewer: Viewer | null): Promise<UserModel | null> {
    return viewer ? toUserModel(await this.users.get(viewer.userId)) : null;
  }

  @SignedIn()
  @Query(() => [SessionModel])
  async mySessions(@CurrentViewer() viewer: Viewer): Promise<SessionModel[]> {
    const sessions = await this.sessions.listActive(viewer.userId);
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      userAgent: session.userAgent,
      current: session.id === viewer.sessionId,
    }));
  }

  @Public()
  @Mutation(() => UserModel)
  async login(@Args('input') input: LoginInput, @Context() context: GraphqlContext): Promise<UserModel> {
    const { user, token } = await this.auth.login(
      input.email,
      input.password,
      context.req.ip ?? 'unknown',
      context.req.get('user-agent'),
    );
    writeSessionCookie(context.res, token, this.config.secureCookies);
    return toUserModel(user);
  }

  /** Always succeeds, so a stale tab can sign out cleanly. */
  @Public()
  @Mutation(() => Boolean)
  async logout(@CurrentViewer() viewer: Viewer | null, @Context() context: GraphqlContext): Promise<boolean> {
    if (viewer) await this.auth.logout(viewer);
    clearSessionCookie(context.res, this.config.secureCookies);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.auth.changePassword(viewer, input.currentPassword, input.newPassword);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async revokeSession(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<boolean> {
    await this.auth.revokeSession(viewer, id);
    return true;
  }
}
