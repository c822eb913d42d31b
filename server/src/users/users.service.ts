import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service';
import { Role } from '../common/auth/role';
import type { CreateUserInput } from './dto/create-user.input';
import type { UpdateUserInput } from './dto/update-user.input';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';
import { UserErrorCode, UserException } from './users.errors';

const normalizeEmail = (email: string): string => email.trim().toLowerCase();

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly agencies: AgenciesService,
    private readonly hasher: PasswordHasher,
  ) {}

  list(): Promise<UserEntity[]> {
    return this.users.find({ order: { displayName: 'ASC' } });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length === 0 ? [] : this.users.findBy({ id: In([...ids]) });
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new UserException(UserErrorCode.USER_NOT_FOUND, 'User not found.');
    return user;
  }

  /** Includes the password hash, which is never selected otherwise. */
  findForLogin(email: string): Promise<(UserEntity & { passwordHash: string }) | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: normalizeEmail(email) })
      .getOne();
  }

  async getPasswordHash(id: string): Promise<string> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id })
      .getOne();
    if (!user) throw new UserException(UserErrorCode.USER_NOT_FOUND, 'User not found.');
    return user.passwordHash;
  }

  async create(input: CreateUserInput): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    await this.assertEmailFree(email);
    if (input.agencyId) await this.assertAgency(input.agencyId);
    const user = this.users.create({
      email,
      displayName: input.displayName.trim(),
      passwordHash: await this.hasher.hash(input.password),
      role: input.role,
      functions: input.functions,
      agencyId: input.agencyId ?? null,
      active: true,
    });
    return this.users.save(user);
  }

  async update(id: string, input: UpdateUserInput): Promise<UserEntity> {
    const user = await this.get(id);
    if (input.email !== undefined) {
      const email = normalizeEmail(input.email);
      await this.assertEmailFree(email, id);
      user.email = email;
    }
    if (input.agencyId !== undefined) {
      if (input.agencyId) await this.assertAgency(input.agencyId);
      user.agencyId = input.agencyId;
    }
    const losesAdmin =
      user.role === Role.ADMIN && ((input.role && input.role !== Role.ADMIN) || input.active === false);
    if (losesAdmin) await this.assertNotLastAdmin(id);
    if (input.displayName !== undefined) user.displayName = input.displayName.trim();
    if (input.role !== undefined) user.role = input.role;
    if (input.functions !== undefined) user.functions = input.functions;
    if (input.active !== undefined) user.active = input.active;
    return this.users.save(user);
  }

  async setPassword(id: string, password: string): Promise<void> {
    await this.users.update({ id }, { passwordHash: await this.hasher.hash(password) });
  }

  async recordLogin(id: string): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: new Date() });
  }

  /** Keeps at least one active admin, so the wiki can always be administered. */
  private async assertNotLastAdmin(id: string): Promise<void> {
    const others = await this.users.countBy({ role: Role.ADMIN, active: true, id: Not(id) });
    if (others === 0) {
      throw new UserException(
        UserErrorCode.LAST_ADMIN,
        'The last active administrator cannot be demoted or deactivated.',
      );
    }
  }

  private async assertEmailFree(email: string, exceptId?: string): Promise<void> {
    const taken = await this.users.existsBy(exceptId ? { email, id: Not(exceptId) } : { email });
    if (taken) throw new UserException(UserErrorCode.EMAIL_TAKEN, 'A user with this e-mail address exists already.');
  }

  private async assertAgency(agencyId: string): Promise<void> {
    if (!(await this.agencies.exists(agencyId))) {
      throw new UserException(UserErrorCode.AGENCY_NOT_FOUND, 'The agency does not exist.');
    }
  }
}
