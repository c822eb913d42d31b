import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionEntity } from './session.entity';
import { SessionRevocations } from './session-revocations';
import { SessionsService } from './sessions.service';
import { UserAccessResolver } from './user-access.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), UsersModule],
  providers: [AuthService, SessionsService, SessionRevocations, LoginRateLimiter, AuthResolver, UserAccessResolver],
  exports: [SessionsService, SessionRevocations],
})
export class AuthModule {}
