import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { UserAccessResolver } from './user-access.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), UsersModule],
  providers: [AuthService, SessionsService, LoginRateLimiter, AuthResolver, UserAccessResolver],
  exports: [SessionsService],
})
export class AuthModule {}
