import type { UserRefModel } from './models/user-ref.model';
import type { UserModel } from './models/user.model';
import type { UserEntity } from './user.entity';

export function toUserModel(user: UserEntity): UserModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    functions: user.functions,
    active: user.active,
    agencyId: user.agencyId,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
  };
}

export function toUserRefModel(user: Pick<UserEntity, 'id' | 'displayName'>): UserRefModel {
  return { id: user.id, displayName: user.displayName };
}
