import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AgenciesModule],
  providers: [UsersService, UsersResolver, PasswordHasher],
  exports: [UsersService, PasswordHasher],
})
export class UsersModule {}
